package specula.tla.syntax.ast;

import java.util.List;

/** What a proof step asserts or does. */
public sealed interface StepBody extends Node {

    record Assert(Range range, Expr statement) implements StepBody {
    }

    record Suffices(Range range, Expr statement) implements StepBody {
    }

    record CaseStep(Range range, Expr condition) implements StepBody {
    }

    record Pick(Range range, List<Parts.Bound> bounds, Expr condition) implements StepBody {
    }

    record Have(Range range, Expr condition) implements StepBody {
    }

    record Take(Range range, List<Parts.Bound> bounds) implements StepBody {
    }

    record Witness(Range range, List<Expr> witnesses) implements StepBody {
    }

    record Qed(Range range) implements StepBody {
    }

    /** USE/HIDE, DEFINE'd or bare definitions, INSTANCE. */
    record Units(Range range, boolean define, List<Unit> units) implements StepBody {
    }
}
