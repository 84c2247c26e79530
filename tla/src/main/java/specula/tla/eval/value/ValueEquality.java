package specula.tla.eval.value;

import java.util.Iterator;

/**
 * TLC's {@code =}: an untyped model value is unequal to every other value; a typed one (see {@link ModelValue})
 * may only be compared with model values of its type or untyped ones; values of different kinds otherwise raise
 * "Attempted to check equality of ...". Representations do not matter: {@code 1..3 = {1, 2, 3}}.
 */
public final class ValueEquality {
  private ValueEquality() {
  }

  public static boolean equal(Value a, Value b) {
    if (a == b) {
      return true;
    }
    if (a instanceof IntValue ia && b instanceof IntValue ib) {
      return ia.val() == ib.val();
    }
    if (a instanceof StringValue sa && b instanceof StringValue sb) {
      return sa.val().equals(sb.val());
    }
    if (a instanceof ModelValue ma) {
      if (b instanceof ModelValue mb) {
        if (ma.isTyped() && mb.isTyped() && ma.type() != mb.type()) {
          throw fail("Attempted to check equality of the differently-typed model values " + ma.name() + " and "
              + mb.name());
        }
        return ma.name().equals(mb.name());
      }
      if (ma.isTyped()) {
        throw fail("Attempted to check equality of typed model value " + ma.name() + " and non-model value\n"
            + p(b));
      }
      return false;
    }
    if (b instanceof ModelValue mb) {
      if (mb.isTyped()) {
        throw fail("Attempted to check equality of the typed model value " + mb.name()
            + " and the non-model value\n" + p(a));
      }
      return false;
    }
    if (a instanceof IntValue ia) {
      if (b instanceof IntValue ib) {
        return ia.val() == ib.val();
      }
      throw fail("Attempted to check equality of integer " + p(a) + " with non-integer:\n" + p(b));
    }
    if (a instanceof StringValue sa) {
      if (b instanceof StringValue sb) {
        return sa.val().equals(sb.val());
      }
      throw fail("Attempted to check equality of string " + p(a) + " with non-string:\n" + p(b));
    }
    if (a instanceof BoolValue) {
      if (b instanceof BoolValue) {
        return false; // two instances only, and a != b
      }
      throw fail("Attempted to check equality of boolean " + p(a) + " with non-boolean:\n" + p(b));
    }
    if (a instanceof SetValue sa) {
      if (b instanceof SetValue sb) {
        return setsEqual(sa, sb);
      }
      throw fail("Attempted to check equality of the set " + p(a) + " with the value:\n" + p(b));
    }
    FunctionValue fa = (FunctionValue) a;
    if (b instanceof FunctionValue fb) {
      return functionsEqual(fa, fb);
    }
    if (a instanceof RecordValue) {
      throw fail("Attempted to check equality of record:\n" + p(a) + "\nwith non-record\n" + p(b));
    }
    throw fail("Attempted to check equality of the function " + p(a) + " with the value:\n" + p(b));
  }

  private static boolean setsEqual(SetValue a, SetValue b) {
    if (a instanceof SetEnumValue ea && b instanceof SetEnumValue eb) {
      int n = ea.size();
      if (n != eb.size()) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (!equal(ea.get(i), eb.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof IntervalValue ia && b instanceof IntervalValue ib) {
      return ia.size() == ib.size() && (ia.size() == 0 || ia.lo() == ib.lo());
    }
    if (a instanceof InfiniteSetValue || b instanceof InfiniteSetValue) {
      if (a == b) {
        return true;
      }
      if (a.isEnumerable() || b.isEnumerable()) {
        return false; // a finite set never equals Nat, Int or STRING
      }
    }
    if (a instanceof SeqSetValue qa && b instanceof SeqSetValue qb) {
      return equal(qa.elementSet(), qb.elementSet());
    }
    if (a instanceof SubsetValue sa && b instanceof SubsetValue sb) {
      return equal(sa.base(), sb.base());
    }
    if (!a.isEnumerable() || !b.isEnumerable()) {
      throw fail("Attempted to check equality of the set " + p(a) + " with the value:\n" + p(b));
    }
    if (a.size() != b.size()) {
      return false;
    }
    return elementsEqual(a.iterator(), b.iterator());
  }

  private static boolean elementsEqual(Iterator<Value> ia, Iterator<Value> ib) {
    while (ia.hasNext()) {
      if (!equal(ia.next(), ib.next())) {
        return false;
      }
    }
    return true;
  }

  private static boolean functionsEqual(FunctionValue a, FunctionValue b) {
    int n = a.size();
    if (n != b.size()) {
      return false;
    }
    if (!FcnOps.sameDomainArray(a, b)) {
      for (int i = 0; i < n; i++) {
        if (!equal(a.domainAt(i), b.domainAt(i))) {
          return false;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (!equal(a.valueAt(i), b.valueAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static ValueException fail(String msg) {
    return new ValueException(ValueException.Kind.EQUALITY, msg);
  }

  private static String p(Value v) {
    return ValuePrinter.DEFAULT.print(v);
  }
}
