package specula.tla.check;

import specula.tla.eval.value.PrettyPrinter;
import specula.tla.eval.value.Value;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** TLC's textual report: trace layout and the summary lines. */
public final class TlcReport {
  private TlcReport() {
  }

  public static void printTrace(List<TraceState> states, Consumer<String> out) {
    out.accept("Error: The behavior up to this point is:");
    for (TraceState s : states) {
      out.accept("State " + s.number() + ": " + s.action());
      out.accept(formatState(s.variables()));
      out.accept("");
    }
  }

  /** {@code /\ x = 1} lines, one per variable, as TLC prints a state. */
  public static String formatState(Map<String, Value> vars) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Value> e : vars.entrySet()) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append("/\\ ").append(e.getKey()).append(" = ").append(PrettyPrinter.DEFAULT.format(e.getValue()));
    }
    return sb.toString();
  }

  /** TLC's periodic line: {@code Progress(D): N states generated (R s/s), M distinct states found, K left}. */
  public static String progress(CheckOptions.Progress p) {
    return "Progress(" + p.depth() + "): " + p.generated() + " states generated (" + Math.round(p.statesPerSecond())
        + " s/s), " + p.distinct() + " distinct states found, " + p.queue() + " states left on queue.";
  }

  public static String summary(long generated, long distinct, long left) {
    return generated + " states generated, " + distinct + " distinct states found, " + left
        + " states left on queue.";
  }
}
