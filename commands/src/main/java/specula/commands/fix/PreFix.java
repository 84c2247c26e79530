package specula.commands.fix;

import java.util.List;
import java.util.Optional;

/**
 * A mechanical repair the diagnostics make certain, applied before any model call and recorded as its own
 * attempt (so it is its own version, and undo can take it back).
 */
public interface PreFix {

    /** Short id shown in the attempt table, e.g. {@code add-header}. */
    String id();

    /** The repaired text, or empty when this repair does not apply. Must not return the text unchanged. */
    Optional<Repair> apply(String moduleName, String text, List<Problem> problems);

    record Repair(String text, String description) {
    }
}
