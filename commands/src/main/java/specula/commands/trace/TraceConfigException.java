package specula.commands.trace;

/** A trace configuration or mapping that cannot be used; the message names the file and, when known, the line. */
public final class TraceConfigException extends RuntimeException {
    public TraceConfigException(String message) {
        super(message);
    }
}
