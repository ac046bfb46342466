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
  /** In {@link #LATIN_1}: this character's key is not one character; ask the normaliser. */
  private static final char NOT_LATIN_1 = '\uFFFF';
  private static final char[] LATIN_1 = latin1Keys();

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
    if (s == null) {
      return true;
    }
    // Asked of every text field of every segment: looks for one visible character, copies nothing.
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!isWhiteSpace(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** The comparison key of a text, or null when the text is blank (unset). */
  public static String of(String s) {
    if (isBlank(s)) {
      return null;
    }
    String stripped = strip(s);
    char[] key = new char[stripped.length()];
    for (int i = 0; i < key.length; i++) {
      char c = stripped.charAt(i);
      char k = c < LATIN_1.length ? LATIN_1[c] : NOT_LATIN_1;
      if (k == NOT_LATIN_1) {
        return normalized(stripped);
      }
      key[i] = k;
    }
    return new String(key);
  }

  /** Decomposed, combining marks dropped, lower-cased: the key of a stripped text. */
  static String normalized(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      if (!isCombiningMark(cp)) {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The key of each Latin-1 character on its own, worked out by {@link #normalized}: Latin-1 holds
   * no combining mark, so nothing reorders and a Latin-1 text's key is its characters' keys in
   * turn. English and French text then never needs the Unicode normaliser, which a large canvas
   * would call tens of thousands of times.
   */
  private static char[] latin1Keys() {
    char[] keys = new char[0x100];
    for (char c = 0; c < keys.length; c++) {
      String key = normalized(String.valueOf(c));
      keys[c] = key.length() == 1 && key.charAt(0) != NOT_LATIN_1 ? key.charAt(0) : NOT_LATIN_1;
    }
    return keys;
  }

  private static boolean isCombiningMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
