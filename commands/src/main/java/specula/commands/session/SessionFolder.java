package specula.commands.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A session on disk: {@code session.yaml} (human-readable manifest, rewritten atomically), {@code versions/NNNN/}
 * (the files each version changed, as plain text) and {@code history.jsonl} (the journal, the source of truth).
 * Version files are written before the journal line that refers to them, so a crash never leaves a journaled
 * version without its text.
 */
public final class SessionFolder {
    public static final String MANIFEST = "session.yaml";
    public static final String JOURNAL = "history.jsonl";
    /** The LLM exchanges pipeline steps append beside the journal. */
    public static final String LLM_LOG = "llm.jsonl";
    /** The state of the last fix run, so {@code fix --continue} works after {@code resume}. */
    public static final String FIX_RUN = "fix-run.json";
    /** Files pipeline steps keep beside the journal; a save copies them along. */
    public static final java.util.List<String> STEP_FILES = java.util.List.of(LLM_LOG, FIX_RUN);
    static final int FORMAT = 1;

    private final Path dir;
    private final Journal journal;
    /** Where each file of each version lives, relative to the folder: version → name → path. */
    private final Map<Integer, Map<String, String>> locations = new HashMap<>();
    private final List<Map<String, Object>> events = new ArrayList<>();

    public SessionFolder(Path dir) {
        this.dir = dir;
        this.journal = new Journal(dir.resolve(JOURNAL));
        locations.put(0, Map.of());
    }

    public Path dir() {
        return dir;
    }

    public Journal journal() {
        return journal;
    }

    List<Map<String, Object>> events() {
        return List.copyOf(events);
    }

    int eventCount() {
        return events.size();
    }

    // ---- writing -------------------------------------------------------------------------------------------

    void appendVersion(Version v, Timeline timeline) {
        Map<String, String> parentLoc = locations.getOrDefault(v.parent(), Map.of());
        Map<String, String> loc = new TreeMap<>();
        Map<String, Object> files = new TreeMap<>();
        for (WorkFile f : v.snapshot().files().values()) {
            String path = v.changed().contains(f.name()) || !parentLoc.containsKey(f.name())
                    ? versionPath(v.number(), f.name()) : parentLoc.get(f.name());
            if (path.startsWith(versionDir(v.number()))) AtomicFiles.write(dir.resolve(path), f.text());
            loc.put(f.name(), path);
            files.put(f.name(), Map.of("kind", f.kind().label(), "path", path));
        }
        locations.put(v.number(), loc);
        Map<String, Object> e = event("version");
        e.put("n", v.number());
        e.put("parent", v.parent());
        e.put("time", v.time().toString());
        e.put("command", v.command());
        e.put("changed", new ArrayList<>(new TreeSet<>(v.changed())));
        e.put("files", files);
        append(e);
    }

    void appendMove(Timeline timeline) {
        Map<String, Object> e = event("move");
        e.put("current", timeline.current().number());
        e.put("redo", timeline.redoStack());
        append(e);
    }

    void appendCommand(HistoryEntry h, boolean step) {
        Map<String, Object> e = event("command");
        e.put("line", h.command());
        e.put("start", h.start().toString());
        e.put("ms", h.duration().toMillis());
        e.put("status", h.status().name().toLowerCase());
        e.put("outcome", h.outcome());
        e.put("version", h.version());
        if (step) e.put("step", true);
        append(e);
    }

    void appendSave(int version, String name) {
        Map<String, Object> e = event("save");
        e.put("version", version);
        e.put("name", name);
        append(e);
    }

    private Map<String, Object> event(String type) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("seq", events.size() + 1);
        e.put("type", type);
        return e;
    }

    private void append(Map<String, Object> e) {
        journal.append(e);
        events.add(e);
    }

    /** Copies every version file and the journal into a fresh folder (save under a new name). */
    void copyTo(SessionFolder target, Session session) {
        for (Version v : session.timeline().versions()) {
            Map<String, String> loc = locations.getOrDefault(v.number(), Map.of());
            for (WorkFile f : v.snapshot().files().values()) {
                String path = loc.get(f.name());
                if (path != null && path.startsWith(versionDir(v.number()))) {
                    AtomicFiles.write(target.dir.resolve(path), f.text().getBytes(StandardCharsets.UTF_8), false);
                }
            }
        }
        for (String log : STEP_FILES) {
            java.nio.file.Path from = dir.resolve(log);
            if (java.nio.file.Files.isRegularFile(from)) {
                try {
                    AtomicFiles.write(target.dir.resolve(log), java.nio.file.Files.readAllBytes(from), false);
                } catch (java.io.IOException e) {
                    throw new SessionException("cannot copy " + from + ": " + e.getMessage(), e);
                }
            }
        }
        target.locations.putAll(locations);
        target.events.addAll(events);
        target.journal.rewrite(events);
    }

    /** Takes over the in-memory index of a staged folder that was renamed to this one. */
    void adopt(SessionFolder staged) {
        locations.putAll(staged.locations);
        events.clear();
        events.addAll(staged.events);
    }

    void writeManifest(Session s) {
        AtomicFiles.write(dir.resolve(MANIFEST), SessionManifest.render(s, events.size()));
    }

    private static String versionDir(int n) {
        return String.format("versions/%04d/", n);
    }

    private static String versionPath(int n, String name) {
        return versionDir(n) + name;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /**
     * What a folder holds, rebuilt by replaying the journal; fails with the file (and line) at fault.
     * {@code recovered} counts changes (versions, undo/redo) journaled after session.yaml was last written: work
     * a crash would have lost without the journal.
     */
    record Loaded(Timeline timeline, List<HistoryEntry> history, int savedVersion, Map<String, String> results,
                  boolean tornTail, int recovered) {
    }

    Loaded load(SessionManifest.Header header) {
        Journal.Contents contents = journal.read();
        if (contents.events().size() < header.events()) {
            throw new SessionException(dir.resolve(MANIFEST) + ": records " + header.events()
                    + " journal events but " + journal.file() + " has " + contents.events().size()
                    + " (half-written session)");
        }
        List<Version> versions = new ArrayList<>();
        versions.add(Version.initial(header.created()));
        Timeline timeline = null;
        List<HistoryEntry> history = new ArrayList<>();
        Map<String, String> results = new LinkedHashMap<>();
        Map<String, String> texts = new HashMap<>();
        int saved = -1;
        int lineNo = 0;
        int recovered = 0;
        for (Map<String, Object> e : contents.events()) {
            lineNo++;
            String where = journal.file() + ":" + lineNo;
            boolean change = "version".equals(e.get("type")) || "move".equals(e.get("type"));
            if (change && lineNo > header.events()) recovered++;
            try {
                switch (String.valueOf(e.get("type"))) {
                    case "version" -> {
                        Version v = readVersion(e, versions, texts, where);
                        versions.add(v);
                        if (timeline == null) timeline = Timeline.restore(versions, v.number(), List.of());
                        else timeline.append(v);
                    }
                    case "move" -> {
                        if (timeline == null) timeline = Timeline.restore(versions, 0, List.of());
                        timeline.moveTo(intOf(e, "current"), intList(e.get("redo")));
                    }
                    case "command" -> {
                        HistoryEntry h = new HistoryEntry(str(e, "line"), Instant.parse(str(e, "start")),
                                Duration.ofMillis(intOf(e, "ms")), "ok".equals(e.get("status")) ? Status.OK
                                : Status.FAILED, str(e, "outcome"), intOf(e, "version"));
                        history.add(h);
                        String verb = h.command().strip().split("\\s+")[0];
                        if (Boolean.TRUE.equals(e.get("step"))) {
                            results.remove(verb);
                            results.put(verb, (h.status().ok() ? "" : "FAILED: ") + h.outcome());
                        }
                    }
                    case "save" -> saved = intOf(e, "version");
                    default -> throw new SessionException(where + ": unknown journal event type '"
                            + e.get("type") + "'");
                }
            } catch (SessionException ex) {
                if (ex.getMessage().startsWith(journal.file().toString())) throw ex;
                throw new SessionException(where + ": " + ex.getMessage(), ex);
            } catch (RuntimeException ex) {
                throw new SessionException(where + ": malformed journal event (" + ex + ")", ex);
            }
            events.add(e);
        }
        if (timeline == null) timeline = Timeline.restore(versions, 0, List.of());
        if (contents.tornTail()) journal.rewrite(events);
        return new Loaded(timeline, history, saved, results, contents.tornTail(), recovered);
    }

    @SuppressWarnings("unchecked")
    private Version readVersion(Map<String, Object> e, List<Version> versions, Map<String, String> texts,
                                String where) {
        int n = intOf(e, "n");
        int parent = intOf(e, "parent");
        if (n != versions.size()) throw new SessionException("version " + n + " out of order");
        Map<String, String> loc = new TreeMap<>();
        TreeMap<String, WorkFile> files = new TreeMap<>();
        Map<String, Object> fileMap = (Map<String, Object>) e.get("files");
        if (fileMap == null) throw new SessionException("version " + n + " has no file list");
        for (Map.Entry<String, Object> f : fileMap.entrySet()) {
            Map<String, Object> info = (Map<String, Object>) f.getValue();
            String path = String.valueOf(info.get("path"));
            WorkFile.checkName(path);
            String text = texts.computeIfAbsent(path, p -> readText(dir.resolve(p)));
            FileKind kind = FileKind.valueOf(String.valueOf(info.get("kind")).toUpperCase());
            files.put(f.getKey(), new WorkFile(f.getKey(), kind, text));
            loc.put(f.getKey(), path);
        }
        locations.put(n, loc);
        List<String> changed = e.get("changed") instanceof List<?> l
                ? l.stream().map(String::valueOf).toList() : List.of();
        return new Version(n, parent, str(e, "command"), Instant.parse(str(e, "time")), new Snapshot(files),
                new TreeSet<>(changed));
    }

    private static String readText(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SessionException(p + ": missing (half-written session)");
        } catch (IOException e) {
            throw new SessionException(p + ": cannot read: " + e.getMessage());
        }
    }

    private static String str(Map<String, Object> e, String key) {
        Object v = e.get(key);
        if (v == null) throw new SessionException("missing field '" + key + "'");
        return v.toString();
    }

    private static int intOf(Map<String, Object> e, String key) {
        Object v = e.get(key);
        if (!(v instanceof Number num)) throw new SessionException("field '" + key + "' is not a number");
        return num.intValue();
    }

    private static List<Integer> intList(Object v) {
        List<Integer> out = new ArrayList<>();
        if (v instanceof List<?> l) for (Object o : l) out.add(((Number) o).intValue());
        return out;
    }
}
