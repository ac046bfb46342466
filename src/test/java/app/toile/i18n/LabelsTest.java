package app.toile.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.AreaType;
import app.toile.model.Block;
import app.toile.model.Conquest;
import app.toile.model.CustomerKind;
import app.toile.model.EmpathyMap;
import app.toile.model.Evaluation;
import app.toile.model.Level;
import app.toile.model.MarketDomain;
import app.toile.model.NoteColour;
import app.toile.model.SegmentStatus;
import app.toile.model.SegmentStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LabelsTest {

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = LabelsTest.class.getResourceAsStream("/app/toile/i18n/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void englishAndFrenchHaveTheSameKeys() throws IOException {
    assertThat(load("labels_fr.properties").keySet())
        .containsExactlyInAnyOrderElementsOf(load("labels.properties").keySet());
  }

  @Test
  void everyDomainValueHasALabelInBothLanguages() {
    for (Locale l : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
      Texts t = Texts.labels(l);
      for (Block b : Block.values()) {
        assertThat(t.has("block." + b.key() + ".name")).as(b.key()).isTrue();
        assertThat(t.has("block." + b.key() + ".question")).as(b.key()).isTrue();
      }
      for (Enum<?> e : values()) {
        String prefix = prefix(e);
        assertThat(t.has(prefix + "." + e.name())).as(prefix + "." + e.name()).isTrue();
      }
      for (SegmentStrategy s : SegmentStrategy.values()) {
        assertThat(t.has("strategy." + s.name() + ".help")).isTrue();
      }
      for (Evaluation.Score s : Evaluation.Score.values()) {
        assertThat(t.has("score." + s.key())).isTrue();
      }
      for (Conquest.Lever s : Conquest.Lever.values()) {
        assertThat(t.has("lever." + s.key())).isTrue();
      }
      for (EmpathyMap.Part s : EmpathyMap.Part.values()) {
        assertThat(t.has("empathy." + s.key())).isTrue();
      }
    }
  }

  @Test
  void frenchLabelsAreFrench() {
    assertThat(Texts.labels(Locale.FRANCE).get("block.customerSegments.name"))
        .isEqualTo("Segments de clientèle");
    assertThat(Texts.labels(Locale.GERMAN).get("block.customerSegments.name"))
        .isEqualTo("Customer Segments");
    assertThat(Texts.labels(Locale.ENGLISH).of("status", SegmentStatus.FOCUS)).isEqualTo("Focus");
  }

  private static Enum<?>[] values() {
    java.util.List<Enum<?>> all = new java.util.ArrayList<>();
    all.addAll(java.util.List.of(AreaType.values()));
    all.addAll(java.util.List.of(CustomerKind.values()));
    all.addAll(java.util.List.of(Level.values()));
    all.addAll(java.util.List.of(MarketDomain.values()));
    all.addAll(java.util.List.of(NoteColour.values()));
    all.addAll(java.util.List.of(SegmentStatus.values()));
    all.addAll(java.util.List.of(SegmentStrategy.values()));
    return all.toArray(new Enum<?>[0]);
  }

  private static String prefix(Enum<?> e) {
    return switch (e.getDeclaringClass().getSimpleName()) {
      case "AreaType" -> "areaType";
      case "CustomerKind" -> "customerKind";
      case "Level" -> "level";
      case "MarketDomain" -> "marketDomain";
      case "NoteColour" -> "noteColour";
      case "SegmentStatus" -> "status";
      case "SegmentStrategy" -> "strategy";
      default -> throw new IllegalArgumentException(e.toString());
    };
  }
}
