package specula.shell.commands;

import specula.commands.llm.TokenListener;
import specula.shell.console.Output;

/**
 * What a user sees while a model answers: on a terminal, a running token counter on one line (erased when the
 * answer is complete); in scripts, nothing but the step's own progress lines, so output stays diffable.
 */
final class Progress implements TokenListener {
    private final Output out;
    private final boolean live;
    private int tokens;
    private int shown;

    Progress(Output out, boolean live) {
        this.out = out;
        this.live = live;
    }

    @Override
    public void onToken(String token) {
        tokens++;
        if (live && tokens - shown >= 8) {
            shown = tokens;
            out.out().print("\r  " + out.dim("receiving… " + tokens + " tokens (Ctrl-C cancels)"));
            out.out().flush();
        }
    }

    /** A progress or notice line; clears the counter first. */
    void line(String text) {
        clear();
        out.println(out.dim("  " + text));
    }

    void clear() {
        if (live && shown > 0) {
            out.out().print("\r" + " ".repeat(60) + "\r");
            out.out().flush();
            shown = 0;
        }
    }

    int tokens() {
        return tokens;
    }
}
