package app.toile.validation;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Distinctness;
import app.toile.model.Level;
import app.toile.model.Note;
import app.toile.model.SegmentStatus;
import app.toile.model.SegmentStrategy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Measures validation on a canvas ten times larger and prints the ratio of the times: near 10
 * for linear cost, near 100 for an all-pairs comparison. Timing is not asserted (shared machines
 * make it noisy); the finding counts are, since they grow exactly tenfold by construction.
 */
class ScalingTest {

  /** Segments in pairs sharing a name and distinctness, notes linking each to a few segments. */
  static Canvas large(int segments, int notes) {
    Random random = new Random(42);
    List<CustomerSegment> list = new ArrayList<>(segments);
    for (int i = 0; i < segments; i++) {
      int pair = i / 2;
      list.add(Canvases.segment("s" + i, "Segment " + pair, "City " + pair)
          .withStatus(i % 10 == 0 ? SegmentStatus.DROPPED : SegmentStatus.NEXT)
          .withDistinctness(new Distinctness("Channel " + pair, "Self", Level.LOW, true, null))
          .withNeed("Need " + pair)
          .withDependsOn(List.of("s" + random.nextInt(segments), "missing" + (i % 7))));
    }
    Map<Block, List<Note>> byBlock = new EnumMap<>(Block.class);
    List<Block> blocks = Block.noteBlocks();
    for (int i = 0; i < notes; i++) {
      Block b = blocks.get(i % blocks.size());
      byBlock.computeIfAbsent(b, x -> new ArrayList<>()).add(new Note("n" + i, "Note " + i, null,
          List.of("s" + random.nextInt(segments), "s" + random.nextInt(segments)), null));
    }
    return new Canvas(null, null, null, SegmentStrategy.SEGMENTED, list, byBlock, null);
  }

  private static long bestOfThree(Canvas c) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      Validator.validate(c);
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  @Test
  void tenTimesTheCanvasTakesAboutTenTimesTheTime() {
    Canvas small = large(500, 5_000);
    Canvas big = large(5_000, 50_000);
    bestOfThree(small); // warm-up
    long t1 = bestOfThree(small);
    long t2 = bestOfThree(big);
    System.out.printf("validation: 500 segments / 5,000 notes %.1f ms; 5,000 / 50,000 %.1f ms;"
        + " ratio %.1f (10 is linear, 100 quadratic)%n", t1 / 1e6, t2 / 1e6, (double) t2 / t1);
    long duplicates = Validator.validate(small).stream()
        .filter(f -> f.code() == FindingCode.SEGMENT_DUPLICATE_NAME).count();
    long duplicatesBig = Validator.validate(big).stream()
        .filter(f -> f.code() == FindingCode.SEGMENT_DUPLICATE_NAME).count();
    assertThat(duplicates).isEqualTo(500);
    assertThat(duplicatesBig).isEqualTo(5_000);
  }
}
