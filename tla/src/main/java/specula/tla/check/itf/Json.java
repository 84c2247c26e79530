package specula.tla.check.itf;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON document tree. Objects keep their key order; numbers keep their source text (no precision loss). */
public sealed interface Json {

  record JObject(Map<String, Json> members) implements Json {
    public JObject {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    public Json get(String key) {
      return members.get(key);
    }
  }

  record JArray(List<Json> items) implements Json {
    public JArray {
      items = List.copyOf(items);
    }
  }

  record JString(String value) implements Json {
  }

  /** A number as written; {@link #isIntegral()} tells whether it has no fraction or exponent. */
  record JNumber(String text) implements Json {
    public static JNumber of(long v) {
      return new JNumber(Long.toString(v));
    }

    public boolean isIntegral() {
      return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    }

    public BigInteger bigInteger() {
      return isIntegral() ? new BigInteger(text) : new BigDecimal(text).toBigIntegerExact();
    }
  }

  record JBool(boolean value) implements Json {
  }

  record JNull() implements Json {
  }
}
