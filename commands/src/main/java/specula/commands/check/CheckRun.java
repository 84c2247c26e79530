package specula.commands.check;

import specula.tla.check.CheckResult;
import specula.tla.check.TraceState;
import specula.tla.eval.value.Value;

import java.util.List;
import java.util.Map;

/** A finished check: what ran and what it found; {@code cex} and {@code eval} read the counterexample from it. */
public record CheckRun(CheckInputs inputs, CheckResult result) {

    public List<TraceState> trace() {
        return result.trace();
    }

    /** State {@code k} (1-based) of the counterexample. */
    public TraceState state(int k) {
        List<TraceState> t = trace();
        if (t.isEmpty()) throw new IllegalArgumentException("the last check has no counterexample");
        if (k < 1 || k > t.size()) {
            throw new IllegalArgumentException("state " + k + " is not in the counterexample (states 1.." + t.size() + ")");
        }
        return t.get(k - 1);
    }

    /** An expression in a state of the counterexample (or a constant one with an empty map). */
    public Value eval(String expr, Map<String, Value> state) {
        return inputs.evaluate(expr, state);
    }
}
