package app.toile.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The file name an export proposes from the canvas's title. */
class ExportNameTest {

  @Test
  void keepsAccentsAndDropsWhatFileSystemsRefuse() {
    assertThat(ExportName.of("Carnet : la compta\u202fdes «\u00a0solos\u00a0»", "x"))
        .isEqualTo("Carnet la compta des «\u00a0solos\u00a0»".replace('\u00a0', ' '));
    assertThat(ExportName.of("a/b\\c*d?e\"f<g>h|i\tj\nk", "x")).isEqualTo("a b c d e f g h i j k");
  }

  @Test
  void fallsBackOnTheCanvasNameWhenTheTitleGivesNone() {
    assertThat(ExportName.of(null, "paris-startup")).isEqualTo("paris-startup");
    assertThat(ExportName.of("  ...  ", "Untitled canvas")).isEqualTo("Untitled canvas");
  }

  @Test
  void staysShortAndEndsInNoDot() {
    assertThat(ExportName.of("é".repeat(500), "x")).hasSize(ExportName.MAX);
    assertThat(ExportName.of("Plan v2.", "x")).isEqualTo("Plan v2");
    assertThat(ExportName.of(".hidden", "x")).isEqualTo("hidden");
  }
}
