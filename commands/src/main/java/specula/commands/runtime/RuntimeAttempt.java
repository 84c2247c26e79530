package specula.commands.runtime;

import java.time.Duration;
import java.util.List;

/**
 * One attempt of {@code check --fix}. A refused attempt ({@link #refused()}) keeps the spec and model as they
 * were and says why; a failed one (no usable answer) has an {@link #error()}.
 *
 * @param afterText  the corrected module, or null when the attempt was refused or failed
 * @param afterCfg   the corrected model, or null when unchanged, refused or failed
 * @param reportAfter the check of the correction, or null when it was not checked
 */
public record RuntimeAttempt(int number, String beforeText, String beforeCfg, String afterText, String afterCfg,
                             RunReport reportBefore, RunReport reportAfter, List<String> refusals,
                             List<String> hints, String prompt, String answer, int tokensIn, int tokensOut,
                             Duration duration, String error) {
    public RuntimeAttempt {
        refusals = List.copyOf(refusals);
        hints = List.copyOf(hints);
    }

    public boolean refused() {
        return !refusals.isEmpty();
    }

    public boolean failed() {
        return error != null;
    }

    public boolean accepted() {
        return afterText != null;
    }

    /** A row of the summary table: number, outcome, report after. */
    public String outcome() {
        if (refused()) {
            return "refused: " + String.join("; ", refusals);
        }
        if (failed()) {
            return "failed: " + error;
        }
        return reportAfter == null ? "unchecked" : reportAfter.headline();
    }
}
