package app.toile.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.toile.io.CanvasFiles;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import app.toile.model.SegmentStatus;
import app.toile.validation.FindingCode;
import app.toile.validation.TextKey;
import app.toile.validation.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Generated canvases have the size asked, realistic content and links, and depend on the seed only. */
class CanvasGeneratorTest {
  private static final Canvas CANVAS =
      CanvasGenerator.generate(new GeneratorSettings(60, 1200, 42, false));

  @Test
  void sameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() {
    byte[] once = CanvasFiles.toBytes(CanvasGenerator.generate(new GeneratorSettings(60, 1200, 42, false)));
    assertThat(CanvasFiles.toBytes(CANVAS)).isEqualTo(once);
    assertThat(CanvasFiles.toBytes(CanvasGenerator.generate(new GeneratorSettings(60, 1200, 43, false))))
        .isNotEqualTo(once);
  }

  @Test
  void countsAreThoseAsked() {
    assertThat(CANVAS.segments()).hasSize(60);
    assertThat(CANVAS.noteCount()).isEqualTo(1200);
    assertThat(CanvasGenerator.generate(new GeneratorSettings(0, 0, 1, false)).segments()).isEmpty();
    for (Block b : Block.noteBlocks()) {
      assertThat(CANVAS.notes(b)).as(b.key()).isNotEmpty();
    }
  }

  @Test
  void idsAreUniqueAndEveryStatusIsPresent() {
    Set<String> ids = new HashSet<>();
    CANVAS.segments().forEach(s -> assertThat(ids.add(s.id())).isTrue());
    notes().forEach(n -> assertThat(ids.add(n.id())).isTrue());
    assertThat(CANVAS.segments()).extracting(CustomerSegment::status)
        .contains(SegmentStatus.values());
  }

  @Test
  void notesAndSegmentsLinkToExistingSegments() {
    Set<String> segmentIds = new HashSet<>(CANVAS.segments().stream().map(CustomerSegment::id).toList());
    long linkedNotes = notes().filter(n -> !n.segmentIds().isEmpty()).count();
    assertThat(linkedNotes).isBetween(1200L * 6 / 10, 1200L * 9 / 10);
    notes().forEach(n -> assertThat(segmentIds).containsAll(n.segmentIds()));
    assertThat(CANVAS.segments().stream().filter(s -> !s.dependsOn().isEmpty())).isNotEmpty();
    CANVAS.segments().forEach(s -> assertThat(segmentIds).containsAll(s.dependsOn()));
  }

  @Test
  void textsHaveRealisticLengths() {
    double words = notes().mapToInt(n -> n.text().split(" ").length).average().orElseThrow();
    assertThat(words).isBetween(6.0, 14.0);
    List<String> needs = CANVAS.segments().stream().map(CustomerSegment::need)
        .filter(Objects::nonNull).toList();
    assertThat(needs).hasSizeGreaterThan(30);
    assertThat(needs).allSatisfy(need -> assertThat(need).hasSizeBetween(30, 400).endsWith("."));
    assertThat(CANVAS.segments()).allSatisfy(s -> assertThat(s.name()).hasSizeBetween(5, 60));
  }

  @Test
  void namesAreUniqueButForOneDeliberateLookAlikeInFifty() {
    for (int size : new int[] {500, 5_000}) {
      Canvas canvas = CanvasGenerator.generate(new GeneratorSettings(size, 0, 9, false));
      long keys = canvas.segments().stream().map(s -> TextKey.of(s.name())).distinct().count();
      assertThat(keys).as("distinct names of %d", size).isEqualTo(size - size / 50);
      long duplicates = Validator.validate(canvas).stream()
          .filter(f -> f.code() == FindingCode.SEGMENT_DUPLICATE_NAME).count();
      assertThat(duplicates).as("duplicate-name findings of %d", size).isEqualTo(2L * (size / 50));
    }
    assertThat(CanvasGenerator.generate(new GeneratorSettings(50, 0, 9, false)).segments())
        .extracting(CustomerSegment::name).element(49)
        .satisfies(n -> assertThat(n).endsWith(" ").isEqualTo(n.toLowerCase(Locale.ROOT)));
  }

  @Test
  void outOfRangeValuesOnlyWhenAsked() {
    assertThat(scores(CANVAS)).allMatch(v -> v >= 1 && v <= 5);
    Canvas careless = CanvasGenerator.generate(new GeneratorSettings(200, 500, 42, true));
    assertThat(scores(careless)).anyMatch(v -> v < 1 || v > 5);
    assertThat(careless.segments()).anyMatch(s -> s.dependsOn().contains("seg-missing")
        || s.profile().demographic().ageMin() != null && s.profile().demographic().ageMin() > 120);
  }

  @Test
  void sizesOutsideTheLimitsAreRefused() {
    assertThatThrownBy(() -> new GeneratorSettings(-1, 0, 1, false))
        .hasMessage("segments must be from 0 to 100000");
    assertThatThrownBy(() -> new GeneratorSettings(0, GeneratorSettings.MAX_NOTES + 1, 1, false))
        .hasMessage("notes must be from 0 to 1000000");
  }

  private static Stream<Integer> scores(Canvas canvas) {
    return canvas.segments().stream().flatMap(s -> Stream.of(s.evaluation().painDepth(),
        s.evaluation().budget(), s.evaluation().reach(), s.evaluation().marketSize(),
        s.evaluation().value())).filter(Objects::nonNull);
  }

  private static Stream<Note> notes() {
    return Block.noteBlocks().stream().flatMap(b -> CANVAS.notes(b).stream());
  }
}
