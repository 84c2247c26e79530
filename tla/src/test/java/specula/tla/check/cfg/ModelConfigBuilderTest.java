package specula.tla.check.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import specula.tla.eval.value.ModelValue;
import specula.tla.eval.value.Values;

class ModelConfigBuilderTest {

  @Test
  void buildsInlineModels() {
    ModelConfig c = new ModelConfigBuilder().init("Init").next("Next").invariant("TypeOK")
        .constant("N=3", "--const").constant("S = {a, b}", "--const").constant("N = 4", "--const")
        .checkDeadlock(false).build();
    assertEquals(Optional.of("Init"), c.init());
    assertEquals(List.of("TypeOK"), c.invariants());
    assertEquals(2, c.constants().size(), "a repeated constant replaces the earlier one");
    assertEquals(Values.integer(4), ((ConstantEntry.Assignment) c.constant("N").orElseThrow()).value());
    assertEquals(Values.set(ModelValue.of("a"), ModelValue.of("b")),
        ((ConstantEntry.Assignment) c.constant("S").orElseThrow()).value());
    assertFalse(c.checkDeadlockOrDefault());
    ModelConfig reparsed = ConfigParser.parse("x.cfg", ConfigPrinter.print(c));
    assertEquals(ConfigPrinter.print(c), ConfigPrinter.print(reparsed));
  }

  @Test
  void amendsAParsedModel() {
    ModelConfig base = ConfigParser.parse("m.cfg", "CONSTANT N = 1\nSPECIFICATION Spec\nINVARIANT A\n");
    ModelConfig c = new ModelConfigBuilder(base).invariant("B").constant("N <- MCN", "--const").build();
    assertEquals(List.of("A", "B"), c.invariants());
    assertTrue(c.constant("N").orElseThrow() instanceof ConstantEntry.Substitution);
    assertEquals(Optional.of("Spec"), c.specification());
  }

  @Test
  void badInlineConstantsAreReported() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> new ModelConfigBuilder().constant("N 3", "--const"));
    assertEquals("--const", e.pos().file());
    assertThrows(ConfigException.class, () -> new ModelConfigBuilder().constant("N = 1 M = 2", "--const"));
  }
}
