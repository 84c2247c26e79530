package specula.commands.session;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * All versions ever made (append-only, numbered from 0 = empty), the current one, and the redo stack.
 * Undo follows the parent link of the current version; a new edit starts from the current version and clears the
 * redo stack, as in every editor. Abandoned versions stay listed so that diff and history can still reach them.
 */
public final class Timeline {
    private final List<Version> versions = new ArrayList<>();
    private final Deque<Integer> redo = new ArrayDeque<>();
    private int current;

    public Timeline(Instant start) {
        versions.add(Version.initial(start));
    }

    /** Rebuilds a timeline from persisted parts; checks that the links are consistent. */
    public static Timeline restore(List<Version> all, int current, List<Integer> redoTopFirst) {
        if (all.isEmpty() || all.get(0).number() != 0) throw new SessionException("version 0 missing");
        Timeline t = new Timeline(all.get(0).time());
        for (int i = 1; i < all.size(); i++) {
            Version v = all.get(i);
            if (v.number() != i || v.parent() < 0 || v.parent() >= i) {
                throw new SessionException("version " + v.number() + " is out of order or has a bad parent");
            }
            t.versions.add(v);
        }
        t.moveTo(current, redoTopFirst);
        return t;
    }

    public Version current() {
        return versions.get(current);
    }

    public Snapshot snapshot() {
        return current().snapshot();
    }

    public List<Version> versions() {
        return List.copyOf(versions);
    }

    public Version version(int number) {
        if (number < 0 || number >= versions.size()) {
            throw new SessionException("no version " + number + " (versions are 0.." + (versions.size() - 1) + ")");
        }
        return versions.get(number);
    }

    /** Redo stack, the version {@code redo} would go to first. */
    public List<Integer> redoStack() {
        return List.copyOf(redo);
    }

    public int undoDepth() {
        int depth = 0;
        for (Version v = current(); v.parent() >= 0; v = versions.get(v.parent())) depth++;
        return depth;
    }

    public Version commit(String command, Instant time, Collection<WorkFile> changed, Collection<String> removed) {
        Snapshot next = snapshot().with(changed, removed);
        Set<String> names = new TreeSet<>(removed);
        for (WorkFile f : changed) names.add(f.name());
        Version v = new Version(versions.size(), current, command, time, next, names);
        versions.add(v);
        current = v.number();
        redo.clear();
        return v;
    }

    /** Takes back the newest version (its journal write failed) and restores the position before it. */
    void discardLast(int current, List<Integer> redoTopFirst) {
        versions.remove(versions.size() - 1);
        moveTo(current, redoTopFirst);
    }

    /** Undoes {@code steps} edits, or none at all when there are fewer (the caller reports why). */
    public Version undo(int steps) {
        checkSteps(steps);
        int available = undoDepth();
        if (steps > available) {
            throw new SessionException(available == 0 ? "nothing to undo: already at version " + current
                    : "cannot undo " + steps + " steps: only " + available + " before version " + current);
        }
        for (int i = 0; i < steps; i++) {
            redo.push(current);
            current = current().parent();
        }
        return current();
    }

    public Version redo(int steps) {
        checkSteps(steps);
        if (steps > redo.size()) {
            throw new SessionException(redo.isEmpty() ? "nothing to redo"
                    : "cannot redo " + steps + " steps: only " + redo.size() + " available");
        }
        for (int i = 0; i < steps; i++) current = redo.pop();
        return current();
    }

    /** Sets the position directly (journal replay of undo/redo). */
    public void moveTo(int number, List<Integer> redoTopFirst) {
        version(number);
        for (int r : redoTopFirst) version(r);
        current = number;
        redo.clear();
        for (int i = redoTopFirst.size() - 1; i >= 0; i--) redo.push(redoTopFirst.get(i));
    }

    /** Adds a version read back from a journal; it must be the next number. */
    public void append(Version v) {
        if (v.number() != versions.size() || v.parent() < 0 || v.parent() >= versions.size()) {
            throw new SessionException("version " + v.number() + " is out of order or has a bad parent");
        }
        versions.add(v);
        current = v.number();
        redo.clear();
    }

    private static void checkSteps(int steps) {
        if (steps < 1) throw new SessionException("the number of steps must be at least 1, got " + steps);
    }
}
