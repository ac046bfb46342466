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
  void blankTextHasNoLines() {
    assertThat(TextFit.wrap(null, 50, false, 10, m)).isEmpty();
    assertThat(TextFit.wrap("  \n ", 50, false, 10, m)).isEmpty();
  }
}
