package specula.commands.session;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a pipeline step returns: a status, a one-line summary for history and status, and the files it wrote or
 * removed. Any change becomes exactly one new version, whatever the step was.
 */
public record Outcome(Status status, String summary, List<WorkFile> written, Set<String> removed) {
    public Outcome {
        written = List.copyOf(written);
        removed = Set.copyOf(removed);
    }

    public static Outcome ok(String summary) {
        return new Outcome(Status.OK, summary, List.of(), Set.of());
    }

    public static Outcome changed(String summary, Collection<WorkFile> written) {
        return new Outcome(Status.OK, summary, List.copyOf(written), Set.of());
    }

    public static Outcome changed(String summary, Collection<WorkFile> written, Collection<String> removed) {
        return new Outcome(Status.OK, summary, List.copyOf(written), Set.copyOf(removed));
    }

    /** A step that ran but failed (e.g. parse errors); it may still attach artefacts such as an error report. */
    public static Outcome failed(String summary) {
        return new Outcome(Status.FAILED, summary, List.of(), Set.of());
    }

    public boolean changes() {
        return !written.isEmpty() || !removed.isEmpty();
    }
}
