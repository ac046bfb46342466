package app.toile.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextKeyTest {

  @Test
  void accentsCaseAndOuterSpacesDoNotCount() {
    assertThat(TextKey.of("  Étudiants ")).isEqualTo("etudiants");
    assertThat(TextKey.of("ÉTUDIANTS")).isEqualTo(TextKey.of("etudiants"));
    assertThat(TextKey.of("Cre\u0301ateurs")).isEqualTo(TextKey.of("Créateurs"));
  }

  @Test
  void innerSpacesAndPunctuationStillCount() {
    assertThat(TextKey.of("Paris entrepreneurs")).isNotEqualTo(TextKey.of("Parisentrepreneurs"));
    assertThat(TextKey.of("Paris  entrepreneurs")).isNotEqualTo(TextKey.of("Paris entrepreneurs"));
    assertThat(TextKey.of("Paris-entrepreneurs")).isNotEqualTo(TextKey.of("Paris entrepreneurs"));
  }

  @Test
  void noBreakSpacesTabsAndNewlinesAreStripped() {
    assertThat(TextKey.of("\u00a0Lyon\u202f")).isEqualTo("lyon");
    assertThat(TextKey.of("\t\nLyon\u2007\u3000")).isEqualTo("lyon");
    assertThat(TextKey.isBlank("\u00a0\u202f\u2028 ")).isTrue();
    assertThat(TextKey.of("\u00a0\u202f")).isNull();
  }

  @Test
  void blankTextsHaveNoKey() {
    assertThat(TextKey.of(null)).isNull();
    assertThat(TextKey.of("")).isNull();
    assertThat(TextKey.of("   ")).isNull();
    assertThat(TextKey.isBlank("x")).isFalse();
  }

  @Test
  void zeroWidthAndOtherFormatCharactersAreNotWhiteSpace() {
    // U+200B and U+FEFF are format characters, not White_Space: they stay, as the contract says.
    assertThat(TextKey.of("\u200bLyon")).isNotEqualTo("lyon");
    assertThat(TextKey.of("\ufeffLyon")).isNotEqualTo("lyon");
  }

  @Test
  void whiteSpaceIsExactlyUnicodesWhiteSpaceProperty() {
    Pattern white = Pattern.compile("\\p{IsWhite_Space}");
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean expected = white.matcher(new String(Character.toChars(cp))).matches();
      assertThat(TextKey.isWhiteSpace(cp)).as("U+%04X", cp).isEqualTo(expected);
    }
  }

  @Test
  void lowerCasingIgnoresTheDefaultLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
      assertThat(TextKey.of("INDIGO")).isEqualTo("indigo");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  @Test
  void latinOneTextsGetTheNormalisersKeyCharacterByCharacter() {
    Random random = new Random(5);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder("x");
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        // Mostly Latin-1, now and then a combining accent or a letter beyond it.
        int pick = random.nextInt(20);
        sb.append(pick == 0 ? '\u0301' : pick == 1 ? '\u0130' : (char) random.nextInt(0x100));
      }
      String text = sb.append('y').toString();
      assertThat(TextKey.of(text)).as("%s", text.chars().boxed().toList())
          .isEqualTo(TextKey.normalized(text));
    }
    assertThat(TextKey.of("Clientèle ÉCONOME à Montréal")).isEqualTo("clientele econome a montreal");
  }
}
