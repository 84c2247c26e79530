package specula.tla.eval.natives;

import specula.tla.check.cfg.ModelConfig;
import specula.tla.eval.ExpressionEvaluator;
import specula.tla.eval.Natives;
import specula.tla.eval.Services;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValuePrinter;
import specula.tla.semantic.ModuleSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Evaluates an expression twice, once with every native and once with one operator evaluated from its TLA+ text in
 * the library, and checks that both give the same value (or both fail). Expressions range over many small inputs at
 * once ({@code [x \in Inputs |-> Op(x)]}) so one comparison covers a property over a domain.
 */
final class NativeCheck {
  private static final String ROOT = "NativeCheck__Root";
  private final Natives natives = new Natives();
  private final ModuleSource source;

  NativeCheck(String extendsList) {
    source = ModuleSource.workspace(Map.of(ROOT, "---- MODULE " + ROOT + " ----\nEXTENDS " + extendsList
        + "\n====\n"));
  }

  Value eval(String expr) {
    return eval(natives, expr);
  }

  private Value eval(Natives with, String expr) {
    return new ExpressionEvaluator(ROOT, source, ModelConfig.empty(), Services.quiet(), with).evaluate(expr, Map.of());
  }

  /** The native {@code module.name} and its definition give equal values for {@code expr}; returns the value. */
  Value agree(String module, String name, String expr) {
    Value nat = eval(natives, expr);
    Value def = eval(natives.without(module, name), expr);
    assertEquals(ValuePrinter.DEFAULT.print(def), ValuePrinter.DEFAULT.print(nat), module + "!" + name + ": " + expr);
    assertEquals(def, nat, module + "!" + name + ": " + expr);
    return nat;
  }

  /** Both the native and the definition fail on {@code expr}. */
  void bothFail(String module, String name, String expr) {
    assertThrows(RuntimeException.class, () -> eval(natives.without(module, name), expr),
        "definition of " + name + " should fail: " + expr);
    assertThrows(RuntimeException.class, () -> eval(natives, expr), "native " + name + " should fail: " + expr);
  }
}
