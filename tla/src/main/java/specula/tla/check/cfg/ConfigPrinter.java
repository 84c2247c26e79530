package specula.tla.check.cfg;

import java.util.List;
import java.util.Optional;
import specula.tla.eval.value.ValuePrinter;

/** Writes a {@link ModelConfig} as .cfg text that {@link ConfigParser} reads back to the same model. */
public final class ConfigPrinter {
  private ConfigPrinter() {
  }

  public static String print(ModelConfig c) {
    StringBuilder sb = new StringBuilder();
    if (!c.constants().isEmpty()) {
      sb.append("CONSTANTS\n");
      for (ConstantEntry e : c.constants()) {
        sb.append("    ").append(e.name());
        if (e.arity() > 0) {
          sb.append('(').append(String.join(", ", java.util.Collections.nCopies(e.arity(), "_"))).append(')');
        }
        sb.append(e instanceof ConstantEntry.Substitution ? " <- " : " = ");
        if (e.module() != null) {
          sb.append('[').append(e.module()).append("] ");
        }
        if (e instanceof ConstantEntry.Substitution s) {
          sb.append(s.target());
        } else {
          ValuePrinter.DEFAULT.print(((ConstantEntry.Assignment) e).value(), sb);
        }
        sb.append('\n');
      }
    }
    single(sb, "SPECIFICATION", c.specification());
    single(sb, "INIT", c.init());
    single(sb, "NEXT", c.next());
    list(sb, "INVARIANTS", c.invariants());
    list(sb, "PROPERTIES", c.properties());
    list(sb, "CONSTRAINTS", c.constraints());
    list(sb, "ACTION_CONSTRAINTS", c.actionConstraints());
    list(sb, "TYPE_CONSTRAINT", c.typeConstraints());
    single(sb, "SYMMETRY", c.symmetry());
    single(sb, "VIEW", c.view());
    single(sb, "ALIAS", c.alias());
    single(sb, "POSTCONDITION", c.postcondition());
    c.checkDeadlock().ifPresent(b -> sb.append("CHECK_DEADLOCK ").append(b ? "TRUE" : "FALSE").append('\n'));
    return sb.toString();
  }

  private static void single(StringBuilder sb, String kw, Optional<String> v) {
    v.ifPresent(s -> sb.append(kw).append(' ').append(s).append('\n'));
  }

  private static void list(StringBuilder sb, String kw, List<String> names) {
    if (!names.isEmpty()) {
      sb.append(kw).append('\n');
      for (String n : names) {
        sb.append("    ").append(n).append('\n');
      }
    }
  }
}
