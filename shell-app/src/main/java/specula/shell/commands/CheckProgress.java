package specula.shell.commands;

import java.util.Locale;
import java.util.function.Consumer;

import specula.shell.console.Output;
import specula.tla.check.CheckOptions;

/**
 * The checker's progress: on a terminal one line rewritten in place (states, distinct, queue, rate); otherwise a
 * plain line every {@code plainEvery} milliseconds, so logs and scripts get figures without a flood.
 */
final class CheckProgress implements Consumer<CheckOptions.Progress> {
    private final Output out;
    private final boolean live;
    private final long plainEveryNanos;
    private long lastPlain = System.nanoTime();
    private boolean shown;

    CheckProgress(Output out, boolean live, long plainEveryMillis) {
        this.out = out;
        this.live = live;
        this.plainEveryNanos = plainEveryMillis * 1_000_000L;
    }

    static String line(CheckOptions.Progress p) {
        return String.format(Locale.ROOT, "%,d states generated, %,d distinct, %,d on queue, depth %d, %,.0f states/s",
                p.generated(), p.distinct(), p.queue(), p.depth(), p.statesPerSecond());
    }

    @Override
    public synchronized void accept(CheckOptions.Progress p) {
        if (live) {
            out.out().print("\r  " + out.dim(line(p) + " (Ctrl-C stops)") + "\u001b[K");
            out.out().flush();
            shown = true;
            return;
        }
        long now = System.nanoTime();
        if (now - lastPlain >= plainEveryNanos) {
            lastPlain = now;
            out.println("  progress: " + line(p));
        }
    }

    synchronized void clear() {
        if (shown) {
            out.out().print("\r\u001b[K");
            out.out().flush();
            shown = false;
        }
    }
}
