package specula.shell.console;

import specula.commands.llm.CancelToken;

/**
 * Ctrl-C while a command runs: the REPL routes the terminal's interrupt signal here, and the command in flight
 * holds the token it got from {@link #begin}, so only that command's model call is cancelled.
 */
public final class Interrupts {
    private volatile CancelToken current;

    /** A fresh token for the command starting now. */
    public CancelToken begin() {
        CancelToken t = new CancelToken();
        current = t;
        return t;
    }

    /** The signal handler's action: cancels the command in flight, if any. */
    public void interrupt() {
        CancelToken t = current;
        if (t != null) t.cancel();
    }
}
