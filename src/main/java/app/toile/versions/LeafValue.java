package app.toile.versions;

import app.toile.model.Block;
import app.toile.model.Extras;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The way back from {@link LeafJson}: the JSON text a merge conflict records for a field, read as
 * the value of the field's type ({@code "FOCUS"} as the status, {@code 4} as an integer,
 * {@code ["seg-paris"]} as a list of ids). The text comes from a file, so anything that is not a
 * value of that type is refused with an {@link IllegalArgumentException}, never guessed.
 */
final class LeafValue {
  private final String json;
  private int at;

  private LeafValue(String json) {
    this.json = json;
  }

  /** The value of a type read from JSON text; null for null (unset). */
  static Object of(String json, Class<?> type) {
    if (json == null) {
      return null;
    }
    LeafValue reader = new LeafValue(json);
    Object value = reader.value(type);
    reader.space();
    if (reader.at != json.length()) {
      throw new IllegalArgumentException("more than one value: " + json);
    }
    return value;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object value(Class<?> type) {
    space();
    if (json.startsWith("null", at)) {
      at += 4;
      return null;
    }
    if (type == String.class) {
      return string();
    } else if (type == Block.class) {
      Block block = Block.fromKey(string());
      if (block == null) {
        throw new IllegalArgumentException("no such block: " + json);
      }
      return block;
    } else if (type.isEnum()) {
      return Enum.valueOf((Class<? extends Enum>) type, string());
    } else if (type == LocalDate.class) {
      return LocalDate.parse(string());
    } else if (type == Boolean.class) {
      return Boolean.valueOf(word("true", "false"));
    } else if (type == Integer.class) {
      return Integer.valueOf(number().intValueExact());
    } else if (type == Long.class) {
      return Long.valueOf(number().longValueExact());
    } else if (type == Double.class) {
      return number().doubleValue();
    } else if (type == BigDecimal.class) {
      return number();
    } else if (type == List.class) {
      return list();
    } else if (type == Extras.class) {
      return extras();
    }
    throw new IllegalArgumentException("no value of " + type.getSimpleName());
  }

  private List<String> list() {
    expect('[');
    List<String> items = new ArrayList<>();
    space();
    if (peek() == ']') {
      at++;
      return items;
    }
    do {
      space();
      items.add(string());
      space();
    } while (next() == ',');
    at--;
    expect(']');
    return items;
  }

  private Extras extras() {
    expect('{');
    Map<String, String> fields = new LinkedHashMap<>();
    space();
    if (peek() == '}') {
      at++;
      return new Extras(fields);
    }
    do {
      space();
      String name = string();
      space();
      expect(':');
      space();
      int from = at;
      skip();
      fields.put(name, json.substring(from, at));
      space();
    } while (next() == ',');
    at--;
    expect('}');
    return new Extras(fields);
  }

  /** Passes one value of any kind, nested ones too, as raw text for an unknown field. */
  private void skip() {
    char c = peek();
    if (c == '"') {
      string();
    } else if (c == '[' || c == '{') {
      int depth = 0;
      do {
        char d = peek();
        if (d == '"') {
          string();
          continue;
        }
        depth += d == '[' || d == '{' ? 1 : d == ']' || d == '}' ? -1 : 0;
        at++;
      } while (depth > 0);
    } else {
      while (at < json.length() && ",]} \t\r\n".indexOf(json.charAt(at)) < 0) {
        at++;
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder sb = new StringBuilder();
    for (char c = next(); c != '"'; c = next()) {
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          requireLeft(4);
          sb.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
          at += 4;
        }
        case '"', '\\', '/' -> sb.append(e);
        default -> throw new IllegalArgumentException("bad escape in " + json);
      }
    }
    return sb.toString();
  }

  private BigDecimal number() {
    int from = at;
    while (at < json.length() && "+-.eE0123456789".indexOf(json.charAt(at)) >= 0) {
      at++;
    }
    return new BigDecimal(json.substring(from, at));
  }

  private String word(String... words) {
    for (String w : words) {
      if (json.startsWith(w, at)) {
        at += w.length();
        return w;
      }
    }
    throw new IllegalArgumentException("not a yes or no: " + json);
  }

  private void space() {
    while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
      at++;
    }
  }

  private void expect(char c) {
    if (next() != c) {
      throw new IllegalArgumentException("'" + c + "' expected in " + json);
    }
  }

  private char peek() {
    requireLeft(1);
    return json.charAt(at);
  }

  private char next() {
    char c = peek();
    at++;
    return c;
  }

  private void requireLeft(int n) {
    if (at + n > json.length()) {
      throw new IllegalArgumentException("cut short: " + json);
    }
  }
}
