package specula.commands.session;

import java.time.Instant;
import java.util.Set;

/**
 * One state of the working spec: the full snapshot, the version it was derived from, the command line that made
 * it, and which file names that command changed (so persistence only writes those).
 */
public record Version(int number, int parent, String command, Instant time, Snapshot snapshot, Set<String> changed) {
    public Version {
        changed = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(changed));
    }

    public static Version initial(Instant time) {
        return new Version(0, -1, "(empty session)", time, Snapshot.EMPTY, Set.of());
    }
}
