package specula.commands.llm;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cancels a running call (Ctrl-C in the shell). Actions registered while a call runs (closing a stream, waking a
 * waiting thread) run once on cancel.
 */
public final class CancelToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();

    public static CancelToken none() {
        return new CancelToken();
    }

    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            actions.forEach(Runnable::run);
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Runs {@code action} on cancel (at once when already cancelled); returns a handle that unregisters it. */
    public Runnable onCancel(Runnable action) {
        actions.add(action);
        if (cancelled.get()) {
            action.run();
        }
        return () -> actions.remove(action);
    }

    public void throwIfCancelled() {
        if (isCancelled()) {
            throw new LlmException(LlmException.Kind.CANCELLED, "cancelled by the user; nothing was changed");
        }
    }
}
