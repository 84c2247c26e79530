package specula.tla.check;

/** Set from another thread (e.g. on Ctrl-C) to stop a running check; the check returns its partial figures. */
public final class CancellationToken {
  private volatile boolean cancelled;

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }
}
