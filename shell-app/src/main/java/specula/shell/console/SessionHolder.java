package specula.shell.console;

import specula.commands.session.Session;
import specula.commands.session.SessionStore;
import specula.commands.session.ShellConfig;

/** The current session of this process; resume swaps it for another. */
public final class SessionHolder {
    private final SessionStore store;
    private final ShellConfig config;
    private Session session;

    public SessionHolder(SessionStore store, ShellConfig config) {
        this.store = store;
        this.config = config;
        this.session = store.newSession();
    }

    public Session session() {
        return session;
    }

    public SessionStore store() {
        return store;
    }

    public ShellConfig config() {
        return config;
    }

    /** Switches to a resumed session; the previous one keeps its folder (unsaved work stays recoverable). */
    public void replace(Session next) {
        next.takeOverCommandsFrom(session);
        boolean sameFolder = session.folder() != null && next.folder() != null
                && session.folder().dir().toAbsolutePath().normalize()
                .equals(next.folder().dir().toAbsolutePath().normalize());
        if (!sameFolder) store.release(session);
        store.discardIfEmpty(session);
        session = next;
    }
}
