package app.toile.versions;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The threshold that makes two notes one note edited, checked against real canvases. */
class SimilarityTest {

  @Test
  void aRewordedNoteIsTheSameNoteAndAnotherNoteIsNot() {
    assertThat(alike("Cash forecast for the next three months",
        "Cash forecast for the next 3 months")).isGreaterThanOrEqualTo(Similarity.SAME_NOTE);
    assertThat(alike("Recruiting accountants city by city",
        "Recruiting accountants, city by city")).isGreaterThanOrEqualTo(Similarity.SAME_NOTE);
    assertThat(alike("Élan", "elan")).isEqualTo(1.0);
    assertThat(alike("Engineering team", "Partnership commissions"))
        .isLessThan(Similarity.SAME_NOTE);
    assertThat(alike("", "")).isEqualTo(1.0);
    assertThat(alike("A", "")).isZero();
  }

  /** No two distinct notes of a sample are alike enough to be taken for one note edited. */
  @Test
  void distinctNotesOfEverySampleStayBelowTheThreshold() throws IOException {
    double closest = 0;
    try (Stream<Path> walk = Files.walk(Path.of("samples"))) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".toile.json")).toList()) {
        Canvas canvas = CanvasFiles.load(p);
        List<PlacedNote> notes = PlacedNote.all(canvas);
        for (int i = 0; i < notes.size(); i++) {
          for (int j = i + 1; j < notes.size(); j++) {
            closest = Math.max(closest, alike(notes.get(i).note().text(),
                notes.get(j).note().text()));
          }
        }
      }
    }
    assertThat(closest).isLessThan(Similarity.SAME_NOTE);
  }

  private static double alike(String a, String b) {
    return Similarity.of(Similarity.pairs(a), Similarity.pairs(b));
  }
}
