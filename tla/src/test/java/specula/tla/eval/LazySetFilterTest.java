package specula.tla.eval;

import org.junit.jupiter.api.Test;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.MembershipSetValue;
import specula.tla.eval.value.SetEnumValue;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValuePrinter;
import specula.tla.semantic.ModuleSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code {x \in S : P}} is lazy like TLC's SetPredValue: membership tests {@code x \in S /\ P(x)} without
 * enumerating S, while everything that needs the elements sees exactly the enumerated set.
 */
class LazySetFilterTest {
  private static final String M = """
      ---- MODULE M ----
      EXTENDS Naturals, FiniteSets
      VARIABLE v
      Parts(n) == {DP \\in SUBSET SUBSET (1..n) : UNION DP = 1..3 /\\ {} \\notin DP}
      DivZero == {x \\in 1..3 : 1 \\div (x - x) = 0}
      Evens == {x \\in 1..10 : x % 2 = 0}
      ====
      """;

  private static final ExpressionEvaluator EV = new ExpressionEvaluator("M",
      ModuleSource.workspace(Map.of("M", M)), ModelConfig.empty(), Services.quiet());

  private static Value eval(String expr) {
    return EV.evaluate(expr, Map.of("v", IntValue.of(0)));
  }

  private static String print(String expr) {
    return ValuePrinter.DEFAULT.print(eval(expr));
  }

  @Test
  void membershipDoesNotEnumerateTheBase() {
    // SUBSET SUBSET (1..6) has 2^64 elements: only a lazy membership test can answer.
    assertEquals("TRUE", print("{{1, 2}, {3}} \\in Parts(6)"));
    assertEquals("FALSE", print("{{1, 2}} \\in Parts(6)"));
    assertEquals("FALSE", print("{{1, 2}, {3}, {}} \\in Parts(6)"));
    assertEquals("FALSE", print("{{7}} \\in Parts(6)"));
  }

  @Test
  void predicateIsOnlyEvaluatedForMembersOfTheBase() {
    assertEquals("FALSE", print("5 \\in DivZero"));
    // ... but it is evaluated, with its error, for a member and whenever the elements are needed
    assertThrows(RuntimeException.class, () -> eval("2 \\in DivZero"));
    assertThrows(RuntimeException.class, () -> eval("Cardinality(DivZero)"));
  }

  @Test
  void elementsAreThoseOfTheEnumeratedSet() {
    assertEquals("{2, 4, 6, 8, 10}", print("Evens"));
    assertEquals("5", print("Cardinality(Evens)"));
    assertEquals("TRUE", print("Evens = {10, 8, 6, 4, 2}"));
    assertEquals("TRUE", print("\\E y \\in Evens : y > 9"));
    assertEquals("FALSE", print("\\E y \\in Evens : y = 3"));
    assertEquals("{2}", print("CHOOSE s \\in {t \\in SUBSET Evens : Cardinality(t) = 1} : TRUE"));
    assertEquals("<<TRUE, FALSE>>", print("<<4 \\in Evens, 5 \\in Evens>>"));
  }

  @Test
  void fingerprintAndEqualityMatchTheEnumeratedSet() {
    Value lazy = eval("Evens");
    SetEnumValue plain = SetEnumValue.of(IntValue.of(2), IntValue.of(4), IntValue.of(6), IntValue.of(8),
        IntValue.of(10));
    assertTrue(lazy instanceof MembershipSetValue, lazy.getClass().getName());
    assertFalse(((MembershipSetValue) lazy).isMaterialized());
    assertTrue(((SetValue) lazy).contains(IntValue.of(6)));
    assertEquals(plain.fingerprint(), lazy.fingerprint());
    assertEquals(plain, lazy);
    assertEquals(plain.hashCode(), lazy.hashCode());
    // once materialized, membership answers from the elements and still agrees
    assertTrue(((MembershipSetValue) lazy).isMaterialized());
    assertTrue(((SetValue) lazy).contains(IntValue.of(6)));
    assertFalse(((SetValue) lazy).contains(IntValue.of(7)));
    assertEquals(0, plain.compareTo(lazy));
  }
}
