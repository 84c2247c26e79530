package specula.tla.eval.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static specula.tla.eval.value.Values.integer;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LazyFunctionTest {

  @Test
  void recursiveFunctionOverNat() {
    AtomicInteger calls = new AtomicInteger();
    AtomicReference<LazyFunctionValue> self = new AtomicReference<>();
    // fact[n \in Nat] == IF n = 0 THEN 1 ELSE n * fact[n - 1]
    LazyFunctionValue fact = new LazyFunctionValue(InfiniteSetValue.NAT, n -> {
      calls.incrementAndGet();
      int k = ((IntValue) n).val();
      return k == 0 ? integer(1) : IntArith.mul((IntValue) n, (IntValue) self.get().apply(integer(k - 1)));
    }, "fact", true);
    self.set(fact);
    assertEquals(integer(120), fact.apply(integer(5)));
    assertEquals(6, calls.get());
    assertEquals(integer(720), fact.apply(integer(6)));
    assertEquals(7, calls.get(), "memoised results are reused");
    ValueException e = assertThrows(ValueException.class, () -> fact.apply(integer(-1)));
    assertTrue(e.getMessage().startsWith("Attempted to apply function:\nfact\nto argument -1"), e.getMessage());
    assertThrows(ValueException.class, () -> fact.apply(integer(13)), "13! overflows TLC's integers");
    assertEquals("fact", fact.toString());
    assertEquals(ValueException.Kind.NOT_ENUMERABLE,
        assertThrows(ValueException.class, fact::fingerprint).kind());
    assertNotEquals(fact, new LazyFunctionValue(InfiniteSetValue.NAT, n -> n, "id", false));
    FunctionValue patched = FcnOps.except(fact, integer(0), integer(7));
    assertEquals(integer(7), patched.apply(integer(0)));
    assertEquals(integer(2), patched.apply(integer(2)));
  }

  @Test
  void finiteLazyFunctionEqualsItsEagerForm() {
    LazyFunctionValue sq = new LazyFunctionValue(Values.interval(1, 3),
        n -> integer(((IntValue) n).val() * ((IntValue) n).val()), "sq", false);
    TupleValue eager = Values.tuple(integer(1), integer(4), integer(9));
    assertTrue(sq.tlcEquals(eager));
    assertTrue(eager.tlcEquals(sq));
    assertEquals(eager.fingerprint(), sq.fingerprint());
    assertEquals(eager, sq);
    assertEquals(eager.hashCode(), sq.hashCode());
    assertEquals("<<1, 4, 9>>", sq.toString());
    assertEquals(3, sq.size());
    assertEquals(Values.tuple(integer(1), integer(0), integer(9)), FcnOps.except(sq, integer(2), integer(0)));
  }
}
