package app.toile.validation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which texts are compared (segment names, distinctness attributes): white space
 * stripped at both ends, decomposed (NFD), combining marks dropped, lower-cased with
 * {@link Locale#ROOT}; nothing else. So "  Étudiants " and "etudiants" have the same key, while
 * inner spaces and punctuation still count.
 *
 * <p>"White space" is Unicode's White_Space property ({@code \p{IsWhite_Space}}): the space
 * separators (including the no-break spaces U+00A0 and U+202F that French text is full of), the
 * line and paragraph separators, the controls U+0009..U+000D and U+0085. Neither
 * {@link Character#isWhitespace} (which misses the no-break spaces) nor
 * {@link Character#isSpaceChar} (which misses tab and newline) alone matches it.
 */
public final class TextKey {
  private TextKey() {}

  /** Whether a code point has Unicode's White_Space property. */
  public static boolean isWhiteSpace(int cp) {
    return Character.isSpaceChar(cp) || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85;
  }

  /** The text without white space at either end; null stays null. */
  public static String strip(String s) {
    if (s == null) {
      return null;
    }
    int start = 0;
    int end = s.length();
    while (start < end && isWhiteSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isWhiteSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** Whether a text is unset: null, empty, or only white space. */
  public static boolean isBlank(String s) {
    return s == null || strip(s).isEmpty();
  }

  /** The comparison key of a text, or null when the text is blank (unset). */
  public static String of(String s) {
    if (isBlank(s)) {
      return null;
    }
    String decomposed = Normalizer.normalize(strip(s), Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    decomposed.codePoints().filter(cp -> !isCombiningMark(cp)).forEach(sb::appendCodePoint);
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isCombiningMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
