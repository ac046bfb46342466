package app.toile.export.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFitTest {
  private final TextMeasure m = new FixedMeasure();

  @Test
  void wrapsAtSpacesWithinTheWidth() {
    // 10 pt regular: 5 pt a character, so 50 pt hold 10 characters.
    List<String> lines = TextFit.wrap("un bureau calme tout de suite", 50, false, 10, m);
    assertThat(lines).containsExactly("un bureau", "calme tout", "de suite");
    assertThat(lines).allSatisfy(l -> assertThat(m.width(l, false, 10)).isLessThanOrEqualTo(50));
  }

  @Test
  void keepsLineBreaksAndBlankLines() {
    assertThat(TextFit.wrap("un\n\ndeux", 100, false, 10, m)).containsExactly("un", "", "deux");
  }

  @Test
  void breaksAWordTooLongForTheLineInsideIt() {
    assertThat(TextFit.wrap("anticonstitutionnellement", 50, false, 10, m))
        .containsExactly("anticonsti", "tutionnell", "ement");
  }

  @Test
  void neverBreaksAtNoBreakSpaces() {
    assertThat(TextFit.wrap("total 3\u202F500 clients", 45, false, 10, m))
        .containsExactly("total", "3\u202F500", "clients");
  }

  @Test
  void boldIsWiderSoItWrapsSooner() {
    assertThat(TextFit.wrap("un bureau", 50, false, 10, m)).hasSize(1);
    assertThat(TextFit.wrap("un bureau", 50, true, 10, m)).hasSize(2);
  }

  @Test
  void aWordOfFiveThousandLettersTakesLinesInProportionAndLosesNone() {
    String word = "abcdefghij".repeat(500);
    CountingMeasure counting = new CountingMeasure(m, 4L * word.length());
    List<String> lines = TextFit.wrap("un " + word + " deux", 50, false, 10, counting);
    assertThat(lines).hasSize(502);
    assertThat(lines.get(0)).isEqualTo("un");
    assertThat(lines.subList(1, 501)).containsOnly("abcdefghij");
    assertThat(lines.get(501)).isEqualTo("deux");
  }

  @Test
  void aWordIsCutBetweenWholeCharactersNotBeforeAnAccentNorInsideAPair() {
    // "e" and a combining acute accent make one character, as does an emoji's surrogate pair.
    String accented = "e\u0301".repeat(12);
    List<String> lines = TextFit.wrap(accented, 45, false, 10, m);
    assertThat(String.join("", lines)).isEqualTo(accented);
    assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("e").endsWith("\u0301"));
    String rockets = "\uD83D\uDE80".repeat(25);
    List<String> pairs = TextFit.wrap(rockets, 52, false, 10, m);
    assertThat(String.join("", pairs)).isEqualTo(rockets);
    assertThat(pairs).allSatisfy(l -> assertThat(l.codePoints().count() * 2).isEqualTo(l.length()));
  }

  @Test
  void aCharacterWiderThanTheLineStillMovesOn() {
    assertThat(TextFit.wrap("abc", 3, false, 10, m)).containsExactly("a", "b", "c");
  }

  @Test
  void aHugeTitleIsWrappedOnlyAsFarAsItsShownLines() {
    String title = "word ".repeat(2_000).strip();
    CountingMeasure counting = new CountingMeasure(m, 200);
    List<String> lines = TextFit.atMost(title, 2, 100, true, 10, counting);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).endsWith("…");
    assertThat(m.width(lines.get(1), true, 10)).isLessThanOrEqualTo(100);
  }

  @Test
  void aLineTooLongIsShortenedWithAnEllipsisReadingOnlyWhatFits() {
    String title = "t".repeat(10_000);
    CountingMeasure counting = new CountingMeasure(m, 100);
    String line = TextFit.shorten(title, 100, true, 10, counting);
    assertThat(line).isEqualTo("t".repeat(15) + "…");
    assertThat(m.width(line, true, 10)).isLessThanOrEqualTo(100);
    assertThat(TextFit.shorten("short", 100, true, 10, m)).isEqualTo("short");
  }

  @Test
  void blankTextHasNoLines() {
    assertThat(TextFit.wrap(null, 50, false, 10, m)).isEmpty();
    assertThat(TextFit.wrap("  \n ", 50, false, 10, m)).isEmpty();
  }
}
