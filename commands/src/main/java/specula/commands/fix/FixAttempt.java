package specula.commands.fix;

import java.time.Duration;
import java.util.List;

/**
 * One attempt of a fix loop: a deterministic repair or a model correction. {@code after} is {@code null} when
 * the attempt failed (bad answer, provider error) and the spec stayed as it was.
 *
 * @param retrieved knowledge entries put in the prompt, best first
 * @param prompt    the exact rendered prompt ({@code null} for a deterministic repair)
 */
public record FixAttempt(int number, Kind kind, String description, String before, String after,
                         List<Problem> errorsBefore, List<Problem> errorsAfter, List<Retrieved> retrieved,
                         String prompt, String answer, int tokensIn, int tokensOut, Duration time, String failure) {

    public enum Kind { PREFIX, LLM }

    public record Retrieved(String id, double score, String why) {
    }

    public boolean changed() {
        return after != null && !after.equals(before);
    }

    public boolean failed() {
        return failure != null;
    }
}
