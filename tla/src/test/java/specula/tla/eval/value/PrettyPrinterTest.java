package specula.tla.eval.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static specula.tla.eval.value.Values.integer;
import static specula.tla.eval.value.Values.string;
import static specula.tla.eval.value.Values.tuple;

import org.junit.jupiter.api.Test;

/** Expected layouts worked out by hand from TLC's formatting rules (width 20 to keep them short). */
class PrettyPrinterTest {
  private final PrettyPrinter pp = new PrettyPrinter(ValuePrinter.DEFAULT, 20);

  @Test
  void shortValuesStayFlat() {
    assertEquals("{1, 2, 3}", PrettyPrinter.DEFAULT.format(Values.set(integer(1), integer(2), integer(3))));
  }

  @Test
  void sequencesBreakOnePerLine() {
    Value v = tuple(string("aaaaaaaa"), string("bbbbbbbb"), string("cccccccc"));
    assertEquals("<< \"aaaaaaaa\",\n   \"bbbbbbbb\",\n   \"cccccccc\" >>", pp.format(v));
  }

  @Test
  void recordsPutLongValuesUnderTheirField() {
    Value v = RecordValue.of("a", tuple(string("xxxxxxxx"), string("yyyyyyyy")), "b", integer(1));
    assertEquals("[ a |->\n      << \"xxxxxxxx\",\n         \"yyyyyyyy\" >>,\n  b |-> 1 ]", pp.format(v));
  }

  @Test
  void functionsUseAtAtSeparators() {
    Value v = FcnOps.of(new Value[] {integer(2), integer(3)}, new Value[] {string("bbbbbbbbbbbb"), string("c")});
    assertEquals("( 2 :>\n      \"bbbbbbbbbbbb\" @@\n  3 :> \"c\" )", pp.format(v));
  }

  @Test
  void setsUseBracePadding() {
    Value v = Values.set(string("aaaaaaaaa"), string("bbbbbbbbb"));
    assertEquals("{ \"aaaaaaaaa\",\n  \"bbbbbbbbb\" }", pp.format(v));
  }
}
