package specula.commands.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of one fix loop, advanced one attempt at a time by {@link FixLoop#step}: {@code fix --step} runs one
 * step and keeps the run in the session, {@code fix --continue} resumes it, possibly after the user edited or
 * undid the spec ({@link FixLoop#adopt}).
 */
public final class FixRun {

    public enum Status { RUNNING, CLEAN, OUT_OF_ATTEMPTS, NO_PROGRESS, FAILED, CANCELLED }

    private final String moduleName;
    private final int maxLlmAttempts;
    private final List<FixAttempt> attempts = new ArrayList<>();
    private final List<String> usedPrefixes = new ArrayList<>();
    String text;
    List<Problem> problems;
    Status status = Status.RUNNING;
    String message = "";
    int llmAttempts;

    FixRun(String moduleName, String text, List<Problem> problems, int maxLlmAttempts) {
        this.moduleName = moduleName;
        this.text = text;
        this.problems = List.copyOf(problems);
        this.maxLlmAttempts = maxLlmAttempts;
    }

    public String moduleName() {
        return moduleName;
    }

    /** The latest text: what the working spec should hold. */
    public String text() {
        return text;
    }

    public List<Problem> problems() {
        return problems;
    }

    public Status status() {
        return status;
    }

    public boolean finished() {
        return status != Status.RUNNING;
    }

    /** Why the loop stopped (empty while running). */
    public String message() {
        return message;
    }

    public List<FixAttempt> attempts() {
        return List.copyOf(attempts);
    }

    public int llmAttempts() {
        return llmAttempts;
    }

    public int maxLlmAttempts() {
        return maxLlmAttempts;
    }

    /** Attempt K (1-based), for {@code attempts show K}. */
    public FixAttempt attempt(int k) {
        if (k < 1 || k > attempts.size()) {
            throw new IllegalArgumentException("no attempt " + k + " (the last loop made " + attempts.size() + ")");
        }
        return attempts.get(k - 1);
    }

    void add(FixAttempt a) {
        attempts.add(a);
    }

    List<String> usedPrefixes() {
        return usedPrefixes;
    }

    void finish(Status s, String why) {
        status = s;
        message = why;
    }
}
