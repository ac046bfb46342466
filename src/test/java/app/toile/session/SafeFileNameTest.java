package app.toile.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Canvas titles made into file names that every common system accepts. */
class SafeFileNameTest {

  @Test
  void anOrdinaryTitleIsTheName() {
    assertThat(SafeFileName.of("Studio Booker", "Untitled")).isEqualTo("Studio Booker");
    assertThat(SafeFileName.of("Café des Arts — Lyon", "Untitled")).isEqualTo("Café des Arts — Lyon");
  }

  @Test
  void separatorsAndForbiddenCharactersGo() {
    assertThat(SafeFileName.of("Plan A/B: 2027", "x")).isEqualTo("Plan A - B - 2027");
    assertThat(SafeFileName.of("What? \"Why\" <now> *", "x")).isEqualTo("What Why now");
    assertThat(SafeFileName.of("line\none\ttab", "x")).isEqualTo("line one tab");
    assertThat(SafeFileName.of("C:\\temp\\plan", "x")).isEqualTo("C - temp - plan");
  }

  @Test
  void noDotOrSpaceAtEitherEnd() {
    assertThat(SafeFileName.of("  ..hidden.  ", "x")).isEqualTo("hidden");
    assertThat(SafeFileName.of("/Paris/", "x")).isEqualTo("Paris");
  }

  @Test
  void namesWindowsReservesGetAMark() {
    assertThat(SafeFileName.of("con", "x")).isEqualTo("con_");
    assertThat(SafeFileName.of("LPT1", "x")).isEqualTo("LPT1_");
    assertThat(SafeFileName.of("Console", "x")).isEqualTo("Console");
  }

  @Test
  void aTitleWithNothingLeftGivesTheFallback() {
    assertThat(SafeFileName.of(null, "Untitled canvas")).isEqualTo("Untitled canvas");
    assertThat(SafeFileName.of(" ?*/ ", "Toile sans titre")).isEqualTo("Toile sans titre");
    assertThat(SafeFileName.of("", "")).isEqualTo("canvas");
  }

  @Test
  void aLongTitleIsCutBetweenCharactersWithinTheByteLimit() {
    String title = "é".repeat(200) + "😀".repeat(50);
    String name = SafeFileName.of(title, "x");
    assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SafeFileName.MAX_BYTES);
    assertThat(name).isEqualTo("é".repeat(60));
    String emoji = SafeFileName.of("😀".repeat(100), "x");
    assertThat(emoji).isEqualTo("😀".repeat(30));
    assertThat(Character.isHighSurrogate(emoji.charAt(emoji.length() - 1))).isFalse();
  }
}
