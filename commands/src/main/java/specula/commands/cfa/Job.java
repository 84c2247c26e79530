package specula.commands.cfa;

import java.util.List;

/**
 * One operator to produce: an original action or a continuation cut out of one. {@code base} is the original
 * action, whose counter names continuations ({@code base_1}, {@code base_2}, ...).
 */
record Job(String name, String base, List<String> params, List<Stmt> body, PathState start, Ending ending,
           boolean next) {

    /** What a path does when it reaches the end of the action. */
    enum Ending {
        /** Nothing: the first step of an entry action (the handler guards pc = Nil, UC keeps pc). */
        NONE,
        /** The process ends: {@code pc' = Nil}. */
        IDLE,
        /** Return to the caller: pop the top frame of the stack. */
        RETURN
    }
}
