package app.toile.session;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A canvas title made into a file name that every common system accepts: no separators or
 * characters Windows forbids, no control characters, no leading or trailing dot or space, not a
 * name Windows reserves for devices, and short enough (in UTF-8 bytes) to leave room for the
 * extension. Accents and other letters stay as they are: "Café des Arts" stays "Café des Arts".
 */
public final class SafeFileName {
  /** Room for the name itself, in UTF-8 bytes; file systems allow 255 with the extension. */
  static final int MAX_BYTES = 120;

  private static final Pattern SEPARATORS = Pattern.compile("\\s*[/\\\\:|]+\\s*");
  private static final Pattern FORBIDDEN = Pattern.compile("[*?\"<>\\p{Cntrl}\\p{Cf}]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern EDGES = Pattern.compile("^[\\s.]+|[\\s.]+$");
  private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2",
      "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5",
      "LPT6", "LPT7", "LPT8", "LPT9");

  private SafeFileName() {}

  /** The title as a file name without extension; {@code fallback} (made safe too) when none is left. */
  public static String of(String title, String fallback) {
    String name = clean(title);
    if (name.isEmpty()) {
      name = clean(fallback);
    }
    return name.isEmpty() ? "canvas" : name;
  }

  private static String clean(String text) {
    if (text == null) {
      return "";
    }
    String s = SEPARATORS.matcher(text).replaceAll(" - ");
    s = FORBIDDEN.matcher(s).replaceAll(" ");
    s = SPACES.matcher(s).replaceAll(" ");
    s = trimEdges(shorten(trimEdges(s)));
    // "- Paris" when the title began with a slash: the dash says nothing.
    s = trimEdges(s.replaceAll("^-+\\s*|\\s*-+$", ""));
    String stem = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
    if (RESERVED.contains(stem.strip().toUpperCase(Locale.ROOT))) {
      s = s + "_";
    }
    return s;
  }

  private static String trimEdges(String s) {
    return EDGES.matcher(s).replaceAll("");
  }

  /** Cut to at most {@link #MAX_BYTES} UTF-8 bytes, between two code points. */
  private static String shorten(String s) {
    if (s.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + n > MAX_BYTES) {
        break;
      }
      out.appendCodePoint(cp);
      bytes += n;
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}
