package specula.commands.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder that holds sessions ({@code sessions/} by default): one sub-folder per named session, and
 * {@code .unsaved/ID} for sessions not saved yet, which still journal every command so a crash loses nothing.
 */
public final class SessionStore {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    public static final String UNSAVED = ".unsaved";
    static final String LOCK = ".lock";

    private final Path root;
    private final Clock clock;

    /** Unsaved folders this store named, written or not yet. */
    private final java.util.Set<Path> handedOut = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public SessionStore(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    public Path root() {
        return root;
    }

    /** A summary line for {@code sessions}. */
    public record Info(String name, int versions, String updated, boolean unsaved, String problem) {
    }

    /**
     * Starts a new unsaved session; its folder is created on the first journal write. Folders are named by time and
     * pid, with a counter when this process already started a session in the same second (a script running
     * {@code new} twice), so two sessions never share a journal.
     */
    public Session newSession() {
        String base = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant())
                + "-" + ProcessHandle.current().pid();
        Path dir = root.resolve(UNSAVED).resolve(base);
        for (int n = 2; !handedOut.add(dir) || Files.exists(dir); n++) {
            dir = root.resolve(UNSAVED).resolve(base + "-" + n);
        }
        return new Session(clock, new SessionFolder(dir));
    }

    public boolean exists(String name) {
        return Files.isDirectory(folder(name));
    }

    /**
     * Saves under {@code name} (or checkpoints the current name when null). Writes a complete copy in a temporary
     * folder and renames it into place, so the store never holds a half-copied session under a real name.
     */
    public Path save(Session session, String name, boolean force) {
        if (name == null) {
            if (session.name() == null) throw new SessionException("this session has no name yet: save NAME");
            name = session.name();
        }
        checkName(name);
        Path target = folder(name);
        SessionFolder current = session.folder();
        boolean same = current != null && samePath(current.dir(), target);
        if (same) {
            session.markSaved();
            current.appendSave(session.timeline().current().number(), name);
            current.writeManifest(session);
            return target;
        }
        checkNotInUse(target, name);
        if (Files.exists(target) && !force) {
            throw new SessionException("session '" + name + "' already exists in " + root
                    + " (use --force to overwrite it)");
        }
        Path tmp = root.resolve("." + name + ".tmp-" + ProcessHandle.current().pid());
        AtomicFiles.deleteTree(tmp);
        SessionFolder staged = new SessionFolder(tmp);
        String oldName = session.name();
        int oldSaved = session.savedVersion();
        try {
            if (current != null) current.copyTo(staged, session);
            session.bind(name, staged);
            session.markSaved();
            staged.appendSave(session.timeline().current().number(), name);
            staged.writeManifest(session);
            Path old = root.resolve("." + name + ".old-" + ProcessHandle.current().pid());
            if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.deleteTree(old);
        } catch (IOException | RuntimeException e) {
            session.bind(oldName, current);
            session.restoreSaved(oldSaved);
            AtomicFiles.deleteTree(tmp);
            if (e instanceof SessionException se) throw se;
            throw new SessionException("cannot save session '" + name + "' in " + root + ": " + e.getMessage(), e);
        }
        SessionFolder bound = new SessionFolder(target);
        bound.adopt(staged);
        session.bind(name, bound);
        claim(target);
        if (current != null) releaseFolder(current.dir());
        if (current != null && current.dir().startsWith(root.resolve(UNSAVED))) AtomicFiles.deleteTree(current.dir());
        return target;
    }

    /** Loads a session completely before anything else changes; corrupt or half-written folders fail clearly. */
    public Resumed resume(String name) {
        Path dir = folder(name);
        if (!Files.isDirectory(dir)) {
            throw new SessionException("no session '" + name + "' in " + root.toAbsolutePath()
                    + (list().isEmpty() ? "" : " (see: sessions)"));
        }
        checkNotInUse(dir, name);
        SessionFolder folder = new SessionFolder(dir);
        SessionManifest.Header header = SessionManifest.read(dir.resolve(SessionFolder.MANIFEST));
        SessionFolder.Loaded loaded = folder.load(header);
        Session s = new Session(clock, header.created(), loaded.timeline(),
                name.startsWith(UNSAVED + "/") ? null : name, folder);
        loaded.history().forEach(s::restoreHistory);
        loaded.results().forEach(s::restoreResult);
        s.restoreSaved(loaded.savedVersion());
        claim(dir);
        return new Resumed(s, loaded.recovered(), loaded.tornTail());
    }

    /** A resumed session, with what crash recovery did. */
    public record Resumed(Session session, int recoveredEvents, boolean droppedTornLine) {
    }

    public List<Info> list() {
        List<Info> out = new ArrayList<>();
        addFrom(root, "", false, out);
        addFrom(root.resolve(UNSAVED), UNSAVED + "/", true, out);
        return out;
    }

    private void addFrom(Path dir, String prefix, boolean unsaved, List<Info> out) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> children = Files.list(dir)) {
            for (Path p : children.sorted().toList()) {
                String n = p.getFileName().toString();
                if (!Files.isDirectory(p) || n.startsWith(".")) continue;
                out.add(describe(prefix + n, p, unsaved));
            }
        } catch (IOException e) {
            throw new SessionException("cannot list " + dir + ": " + e.getMessage());
        }
    }

    private Info describe(String name, Path dir, boolean unsaved) {
        try {
            SessionManifest.Header h = SessionManifest.read(dir.resolve(SessionFolder.MANIFEST));
            long versions = new Journal(dir.resolve(SessionFolder.JOURNAL)).read().events().stream()
                    .filter(e -> "version".equals(e.get("type"))).count();
            String updated = Files.getLastModifiedTime(dir.resolve(SessionFolder.JOURNAL)).toInstant().toString();
            return new Info(name, (int) versions, updated, unsaved, h.events() < 0 ? "bad" : "");
        } catch (SessionException | IOException e) {
            return new Info(name, 0, "", unsaved, e.getMessage());
        }
    }

    /** Keeps the newest {@code keep} unsaved sessions (crash leftovers), deleting older ones. */
    public void pruneUnsaved(int keep) {
        Path dir = root.resolve(UNSAVED);
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> children = Files.list(dir)) {
            List<Path> all = children.filter(Files::isDirectory).sorted(java.util.Comparator.reverseOrder()).toList();
            for (int i = keep; i < all.size(); i++) AtomicFiles.deleteTree(all.get(i));
        } catch (IOException e) {
            throw new SessionException("cannot list " + dir + ": " + e.getMessage());
        }
    }

    /**
     * Two shells appending to one journal would interleave version numbers, so a session folder is claimed by the
     * process using it ({@code .lock} holds its pid). A lock whose process is gone (kill -9) is simply taken over.
     */
    private void checkNotInUse(Path dir, String name) {
        Path lock = dir.resolve(LOCK);
        if (!Files.exists(lock)) return;
        long pid;
        try {
            pid = Long.parseLong(Files.readString(lock).strip());
        } catch (IOException | NumberFormatException e) {
            return;
        }
        boolean alive = pid != ProcessHandle.current().pid()
                && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (alive) {
            throw new SessionException("session '" + name + "' is open in another shell (pid " + pid + "): exit it first"
                    + " (" + lock + ")");
        }
    }

    private static void claim(Path dir) {
        AtomicFiles.write(dir.resolve(LOCK), ProcessHandle.current().pid() + "\n");
    }

    /** Gives up this process's claim on the session (switching sessions, leaving the shell). */
    public void release(Session session) {
        if (session.folder() != null) releaseFolder(session.folder().dir());
    }

    private static void releaseFolder(Path dir) {
        Path lock = dir.resolve(LOCK);
        try {
            if (Files.exists(lock) && Files.readString(lock).strip().equals(String.valueOf(ProcessHandle.current().pid()))) {
                Files.deleteIfExists(lock);
            }
        } catch (IOException e) {
            // a lock left behind names a dead process once we exit, and is then taken over
        }
    }

    /** Removes the unsaved folder of a session that never changed anything. */
    public void discardIfEmpty(Session session) {
        if (session.name() == null && session.timeline().versions().size() == 1 && session.folder() != null) {
            AtomicFiles.deleteTree(session.folder().dir());
            try {
                Files.deleteIfExists(root.resolve(UNSAVED));
            } catch (IOException e) {
                // other unsaved sessions are still there: keep the folder
            }
        }
    }

    private Path folder(String name) {
        if (name.startsWith(UNSAVED + "/")) {
            String id = name.substring(UNSAVED.length() + 1);
            checkName(id);
            return root.resolve(UNSAVED).resolve(id);
        }
        checkName(name);
        return root.resolve(name);
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new SessionException("invalid session name '" + name
                    + "': use letters, digits, '.', '_' and '-' (not starting with '.')");
        }
    }

    private static boolean samePath(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
