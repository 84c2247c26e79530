package specula.commands.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of one {@code check --fix} loop, advanced one attempt at a time by {@link RuntimeFixLoop#step} so that
 * {@code check --fix --step} can pause between attempts.
 */
public final class RuntimeRun {

    /**
     * CHECKS: the model checks without error. FINDING: the checker found a violation (reported, not fixed).
     * INCONCLUSIVE: the run timed out.
     */
    public enum Status { RUNNING, CHECKS, FINDING, INCONCLUSIVE, OUT_OF_ATTEMPTS, NO_PROGRESS, FAILED, CANCELLED }

    private final String moduleName;
    private final int maxAttempts;
    private final List<RuntimeAttempt> attempts = new ArrayList<>();
    String text;
    String cfg;
    RunReport report;
    Status status = Status.RUNNING;
    String message = "";

    RuntimeRun(String moduleName, String text, String cfg, RunReport report, int maxAttempts) {
        this.moduleName = moduleName;
        this.text = text;
        this.cfg = cfg;
        this.report = report;
        this.maxAttempts = maxAttempts;
    }

    public String moduleName() {
        return moduleName;
    }

    /** The latest accepted module text. */
    public String text() {
        return text;
    }

    /** The latest accepted model. */
    public String cfg() {
        return cfg;
    }

    /** The latest check report (of {@link #text()} with {@link #cfg()}). */
    public RunReport report() {
        return report;
    }

    public Status status() {
        return status;
    }

    public boolean finished() {
        return status != Status.RUNNING;
    }

    public String message() {
        return message;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public List<RuntimeAttempt> attempts() {
        return List.copyOf(attempts);
    }

    public RuntimeAttempt attempt(int k) {
        if (k < 1 || k > attempts.size()) {
            throw new IllegalArgumentException("no attempt " + k + " (the loop made " + attempts.size() + ")");
        }
        return attempts.get(k - 1);
    }

    /** The summary table: one row per attempt, then the verdict. */
    public String summaryTable() {
        StringBuilder sb = new StringBuilder(String.format("%-3s %-40s %s%n", "#", "BEFORE", "OUTCOME"));
        for (RuntimeAttempt a : attempts) {
            sb.append(String.format("%-3d %-40s %s%n", a.number(), clip(a.reportBefore().headline()),
                    a.outcome()));
        }
        sb.append(status).append(": ").append(message).append('\n');
        return sb.toString();
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    void add(RuntimeAttempt a) {
        attempts.add(a);
    }

    /** Running again, for {@link RuntimeFixLoop#resume}. */
    void reopen(String text, String cfg, RunReport report) {
        this.text = text;
        this.cfg = cfg;
        this.report = report;
        status = Status.RUNNING;
        message = "";
    }

    void finish(Status s, String why) {
        status = s;
        message = why;
    }
}
