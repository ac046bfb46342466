package app.toile.versions;

import app.toile.model.Block;
import app.toile.model.Extras;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A leaf value of the model as the JSON text the canvas file would hold for it, for the values a
 * merge conflict records: {@code 4}, {@code "FOCUS"}, {@code "Cash forecast"},
 * {@code ["seg-paris"]}. Null stays null (unset). Compact and escaped as the file's mapper writes
 * it, so that a merged canvas saved and opened again is the same canvas.
 */
final class LeafJson {
  private LeafJson() {}

  static String of(Object v) {
    if (v == null) {
      return null;
    } else if (v instanceof String s) {
      return string(s);
    } else if (v instanceof Block b) {
      return string(b.key());
    } else if (v instanceof Enum<?> e) {
      return string(e.name());
    } else if (v instanceof LocalDate d) {
      return string(d.toString());
    } else if (v instanceof Double d) {
      return Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 1e15
          ? Long.toString(d.longValue()) : Double.toString(d);
    } else if (v instanceof java.math.BigDecimal d) {
      return d.toString();
    } else if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    } else if (v instanceof List<?> list) {
      return list.stream().map(LeafJson::of).collect(Collectors.joining(",", "[", "]"));
    } else if (v instanceof Extras x) {
      return x.fields().entrySet().stream().map(LeafJson::field)
          .collect(Collectors.joining(",", "{", "}"));
    }
    return string(v.toString());
  }

  private static String field(Map.Entry<String, String> e) {
    return string(e.getKey()) + ":" + e.getValue();
  }

  /** A JSON string literal: quotes, backslashes and controls escaped. */
  static String string(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
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
            sb.append(String.format("\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
