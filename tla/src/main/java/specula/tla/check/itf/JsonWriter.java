package specula.tla.check.itf;

import java.util.Map;

/** Writes {@link Json} compactly (one line, for ndjson) or indented by two spaces. */
public final class JsonWriter {
  private JsonWriter() {
  }

  /** Indentation level that stays negative however deep the nesting: negative means "no newlines". */
  private static final int COMPACT = Integer.MIN_VALUE / 2;

  public static String compact(Json j) {
    StringBuilder sb = new StringBuilder();
    write(j, sb, COMPACT);
    return sb.toString();
  }

  public static String pretty(Json j) {
    StringBuilder sb = new StringBuilder();
    write(j, sb, 0);
    return sb.toString();
  }

  private static void write(Json j, StringBuilder sb, int indent) {
    if (j instanceof Json.JObject o) {
      if (o.members().isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, Json> e : o.members().entrySet()) {
        sb.append(first ? "" : ",");
        first = false;
        newline(sb, indent + 1);
        quote(e.getKey(), sb);
        sb.append(indent < 0 ? ":" : ": ");
        write(e.getValue(), sb, indent + 1);
      }
      newline(sb, indent);
      sb.append('}');
    } else if (j instanceof Json.JArray a) {
      if (a.items().isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append('[');
      for (int k = 0; k < a.items().size(); k++) {
        sb.append(k > 0 ? "," : "");
        newline(sb, indent + 1);
        write(a.items().get(k), sb, indent + 1);
      }
      newline(sb, indent);
      sb.append(']');
    } else if (j instanceof Json.JString s) {
      quote(s.value(), sb);
    } else if (j instanceof Json.JNumber n) {
      sb.append(n.text());
    } else if (j instanceof Json.JBool b) {
      sb.append(b.value());
    } else {
      sb.append("null");
    }
  }

  private static void newline(StringBuilder sb, int indent) {
    if (indent >= 0) {
      sb.append('\n');
      sb.append("  ".repeat(indent));
    }
  }

  public static void quote(String s, StringBuilder sb) {
    sb.append('"');
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
