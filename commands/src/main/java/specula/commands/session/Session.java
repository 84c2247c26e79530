package specula.commands.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The working spec of one shell session: versions with undo/redo, the command history, and the link to its folder
 * in the session store, where every change is journaled as it happens. All state-changing commands go through
 * {@link #execute}; read-only commands report their one-line outcome with {@link #note}.
 */
public final class Session {
    private final Clock clock;
    private final Timeline timeline;
    private final List<HistoryEntry> history = new ArrayList<>();
    private final Map<String, String> lastResults = new LinkedHashMap<>();
    private final Instant created;
    private SessionFolder folder;
    private String name;
    private int savedVersion = -1;
    /** Commands running now, innermost first: replay runs commands inside a command. */
    private final Deque<InFlight> inFlight = new ArrayDeque<>();

    /** {@code step}: the command ran a pipeline step, so its outcome is a "last result" too. */
    private record InFlight(String line, Instant start, String outcome, boolean step, boolean changed) {
        InFlight withOutcome(String o) {
            return new InFlight(line, start, o, step, changed);
        }

        InFlight ranStep(boolean madeChanges) {
            return new InFlight(line, start, outcome, true, changed || madeChanges);
        }

        InFlight moved() {
            return new InFlight(line, start, outcome, step, true);
        }
    }

    private void updateTop(UnaryOperator<InFlight> f) {
        if (!inFlight.isEmpty()) inFlight.push(f.apply(inFlight.pop()));
    }

    /** A new, unsaved session; {@code folder} is where its journal goes (null: memory only, for tests). */
    public Session(Clock clock, SessionFolder folder) {
        this.clock = clock;
        this.created = clock.instant();
        this.timeline = new Timeline(created);
        this.folder = folder;
    }

    Session(Clock clock, Instant created, Timeline timeline, String name, SessionFolder folder) {
        this.clock = clock;
        this.created = created;
        this.timeline = timeline;
        this.name = name;
        this.folder = folder;
    }

    // ---- commands ------------------------------------------------------------------------------------------

    /** Marks the start of a command line; its history entry is written by {@link #end}. */
    public void begin(String commandLine) {
        inFlight.push(new InFlight(commandLine, clock.instant(), "", false, false));
    }

    /** Records the command begun last: status, and the failure message or the outcome it noted. */
    public HistoryEntry end(Status status, String failure) {
        if (inFlight.isEmpty()) throw new IllegalStateException("end without begin");
        InFlight done = inFlight.pop();
        String outcome = status.ok() ? done.outcome() : failure;
        HistoryEntry entry = new HistoryEntry(Secrets.redact(done.line()), done.start(),
                Duration.between(done.start(), clock.instant()), status, oneLine(outcome),
                timeline.current().number());
        history.add(entry);
        if (folder != null) {
            folder.appendCommand(entry, done.step());
            // The manifest summarises versions; read-only commands do not change it (the journal has them).
            if (done.changed() || folder.eventCount() == 1) folder.writeManifest(this);
        }
        return entry;
    }

    /**
     * Continues the commands in flight of the session this one replaces (resume runs inside a command, maybe
     * inside a replay), so their history entries land here.
     */
    public void takeOverCommandsFrom(Session previous) {
        List<InFlight> items = new ArrayList<>(previous.inFlight);
        Collections.reverse(items);
        for (InFlight f : items) inFlight.push(f);
        previous.inFlight.clear();
    }

    /** The line being executed (the version's label), or "" outside a command. */
    public String currentCommand() {
        return inFlight.isEmpty() ? "" : inFlight.peek().line();
    }

    /** The one-line outcome of a read-only command. */
    public void note(String outcome) {
        updateTop(f -> f.withOutcome(outcome));
    }

    /** Runs a step against the current snapshot; its changes become one new version. */
    public Outcome execute(SessionCommand step) {
        return execute(currentCommand(), step);
    }

    public Outcome execute(String commandLine, SessionCommand step) {
        Outcome outcome;
        try {
            outcome = step.run(timeline.snapshot());
        } catch (SessionException e) {
            throw e;
        } catch (Exception e) {
            throw new SessionException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
        if (outcome.changes()) commit(commandLine, outcome);
        String verb = commandLine.isBlank() ? "step" : commandLine.strip().split("\\s+")[0];
        lastResults.remove(verb);
        lastResults.put(verb, (outcome.status().ok() ? "" : "FAILED: ") + outcome.summary());
        note(outcome.summary());
        updateTop(f -> f.ranStep(outcome.changes()));
        return outcome;
    }

    /** One new version, journaled; if the journal cannot be written the version is taken back. */
    private void commit(String commandLine, Outcome outcome) {
        for (String removed : outcome.removed()) {
            if (timeline.snapshot().file(removed).isEmpty()) {
                throw new SessionException("no file '" + removed + "' to remove");
            }
        }
        int before = timeline.current().number();
        List<Integer> redoBefore = timeline.redoStack();
        Version v = timeline.commit(Secrets.redact(commandLine), clock.instant(), outcome.written(),
                outcome.removed());
        if (folder == null) return;
        try {
            folder.appendVersion(v, timeline);
        } catch (RuntimeException e) {
            timeline.discardLast(before, redoBefore);
            throw e;
        }
        manifestIfNew();
    }

    public Version undo(int steps) {
        Version v = timeline.undo(steps);
        moved("undone " + steps + (steps == 1 ? " step" : " steps") + ": now at version " + v.number());
        return v;
    }

    public Version redo(int steps) {
        Version v = timeline.redo(steps);
        moved("redone " + steps + (steps == 1 ? " step" : " steps") + ": now at version " + v.number());
        return v;
    }

    private void moved(String summary) {
        if (folder != null) {
            folder.appendMove(timeline);
            manifestIfNew();
        }
        note(summary);
        updateTop(InFlight::moved);
    }

    /** A folder gets its session.yaml with its first journal line, so it is resumable from then on. */
    private void manifestIfNew() {
        if (folder.eventCount() == 1) folder.writeManifest(this);
    }

    // ---- persistence hooks (SessionStore) ------------------------------------------------------------------

    void bind(String newName, SessionFolder newFolder) {
        this.name = newName;
        this.folder = newFolder;
    }

    void markSaved() {
        savedVersion = timeline.current().number();
    }

    void restoreSaved(int version) {
        savedVersion = version;
    }

    void restoreHistory(HistoryEntry entry) {
        history.add(entry);
    }

    void restoreResult(String verb, String summary) {
        lastResults.remove(verb);
        lastResults.put(verb, summary);
    }

    // ---- queries -------------------------------------------------------------------------------------------

    public Snapshot snapshot() {
        return timeline.snapshot();
    }

    public Timeline timeline() {
        return timeline;
    }

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }

    /** The last outcome of each pipeline step, oldest first. */
    public Map<String, String> lastResults() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lastResults));
    }

    /** Null until saved under a name. */
    public String name() {
        return name;
    }

    public Instant created() {
        return created;
    }

    public SessionFolder folder() {
        return folder;
    }

    public int savedVersion() {
        return savedVersion;
    }

    /** True when the current version is not the one last saved under the session's name. */
    public boolean dirty() {
        return savedVersion != timeline.current().number();
    }

    public Clock clock() {
        return clock;
    }

    private static String oneLine(String s) {
        if (s == null) return "";
        String line = s.strip().replace('\n', ' ').replace('\r', ' ');
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }
}
