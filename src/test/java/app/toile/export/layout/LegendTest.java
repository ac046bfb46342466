package app.toile.export.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegendTest {
  private final TextMeasure m = new FixedMeasure();

  @Test
  void entriesGoInRowsInsideTheWidthAndAllNamesAreWhole() {
    List<Legend.Entry> entries = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      entries.add(new Legend.Entry(new Chip("S" + i, "#0072B2"), "Segment number " + i));
    }
    entries.add(new Legend.Entry(new Chip("S26", "#E69F00"), "a very long name ".repeat(40)));

    Legend.Plan plan = Legend.layout("Segments", entries, 24, 500, 700, m);

    assertThat(plan.entries()).hasSize(26);
    float top = Float.MAX_VALUE;
    float bottom = 0;
    for (Legend.PlacedEntry e : plan.entries()) {
      assertThat(e.chipBox().x()).isGreaterThanOrEqualTo(24);
      assertThat(e.nameBox().right()).isLessThanOrEqualTo(24 + 700 + 0.01f);
      assertThat(e.chipBox().right()).isLessThan(e.nameBox().x());
      top = Math.min(top, e.chipBox().y());
      bottom = Math.max(bottom, e.nameBox().bottom());
    }
    String last = String.join(" ", plan.entries().get(25).nameLines());
    assertThat(last.replaceAll("\\s+", " ")).isEqualTo("a very long name ".repeat(40).strip());
    assertThat(plan.entries().get(25).nameLines().size()).isGreaterThan(1);
    assertThat(top).isGreaterThanOrEqualTo(500 + Legend.SPACING);
    assertThat(500 + plan.height()).isCloseTo(bottom, org.assertj.core.data.Offset.offset(0.5f));
  }

  @Test
  void aKeyTallerThanHalfThePageLeavesTheContentNoRoom() {
    Box body = new Box(24, 24, 700, 500);
    List<Legend.Entry> few = entries(5);
    List<Legend.Entry> hundreds = entries(500);

    assertThat(Legend.within("Segments", few, body, m).entries()).hasSize(5);
    assertThat(Legend.within("Segments", hundreds, body, m)).isSameAs(Legend.Plan.NONE);
  }

  private static List<Legend.Entry> entries(int count) {
    List<Legend.Entry> entries = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      entries.add(new Legend.Entry(new Chip("S" + i, "#0072B2"), "Segment number " + i));
    }
    return entries;
  }

  @Test
  void noEntryNoLegend() {
    assertThat(Legend.layout("Segments", List.of(), 0, 0, 500, m)).isSameAs(Legend.Plan.NONE);
    assertThat(Legend.Plan.NONE.height()).isZero();
  }
}
