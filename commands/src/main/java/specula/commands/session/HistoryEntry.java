package specula.commands.session;

import java.time.Duration;
import java.time.Instant;

/** One command as the user typed it, when it ran, how long it took and what came of it. */
public record HistoryEntry(String command, Instant start, Duration duration, Status status, String outcome,
                           int version) {
}
