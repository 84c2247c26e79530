package specula.commands.session;

/**
 * A failure the user can act on: the message is complete (it names the file, and the line when there is one) and
 * is shown as is. Thrown before anything is changed, so the session stays as it was.
 */
public class SessionException extends RuntimeException {
    public SessionException(String message) {
        super(message);
    }

    public SessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
