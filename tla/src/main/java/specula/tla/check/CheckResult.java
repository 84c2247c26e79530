package specula.tla.check;

import java.time.Duration;
import java.util.List;

/**
 * What a check found: the outcome, TLC's figures, the error (kind, message, location) and the counterexample.
 * {@code livenessSkipped} counts the temporal properties not checked (liveness is not supported yet).
 */
public record CheckResult(Outcome outcome, long generated, long distinct, long left, int depth, String errorMessage,
                          String errorLocation, List<TraceState> trace, Duration elapsed, int livenessSkipped,
                          List<String> output) {

  public CheckResult {
    trace = List.copyOf(trace);
    output = List.copyOf(output);
  }

  /** Outcomes, with TLC's exit codes and the corpus's result names. */
  public enum Outcome {
    SUCCESS(0, "success"),
    INVARIANT_VIOLATED(12, "safety failure"),
    ACTION_PROPERTY_VIOLATED(13, "safety failure"),
    DEADLOCK(11, "deadlock failure"),
    ASSUMPTION_FAILED(10, "assumption failure"),
    POSTCONDITION_FAILED(10, "assumption failure"),
    ASSERTION_FAILED(75, "safety failure"),
    EVAL_ERROR(75, "unknown"),
    CONFIG_ERROR(150, "unknown"),
    SPEC_ERROR(151, "unknown"),
    STOPPED_AT_LIMIT(0, "success"),
    TIMEOUT(0, "timeout"),
    CANCELLED(0, "cancelled"),
    OUT_OF_MEMORY(76, "unknown");

    private final int exitCode;
    private final String result;

    Outcome(int exitCode, String result) {
      this.exitCode = exitCode;
      this.result = result;
    }

    public int exitCode() {
      return exitCode;
    }

    /** The name the corpus's expected.json uses for this outcome. */
    public String result() {
      return result;
    }

    public boolean isError() {
      return this != SUCCESS && this != STOPPED_AT_LIMIT && this != TIMEOUT && this != CANCELLED;
    }
  }

  public int exitCode() {
    return outcome.exitCode();
  }
}
