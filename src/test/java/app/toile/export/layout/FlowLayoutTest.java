package app.toile.export.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.export.layout.FlowLayout.Item;
import app.toile.export.layout.FlowLayout.Kind;
import app.toile.export.layout.FlowLayout.Placed;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class FlowLayoutTest {
  private static final TextMeasure MEASURE = new FixedMeasure();
  private static final Box AREA = new Box(20, 80, 900, 400);
  private static final Box REST = new Box(20, 60, 900, 420);

  private static FlowLayout layout() {
    return new FlowLayout(AREA, REST, 2, 36, MEASURE);
  }

  @Test
  void aShortFlowStaysAtTheLargestSizeOnOnePage() {
    FlowLayout.Result r = layout().layout(
        List.of(Item.heading("Need"), Item.text("A quiet place to work", false)), 14, 10);
    assertThat(r.size()).isEqualTo(14);
    assertThat(r.pages()).hasSize(1);
    assertThat(r.pages().get(0)).extracting(p -> p.lines().get(0))
        .containsExactly("Need", "A quiet place to work");
  }

  @Test
  void aLongerFlowShrinksUntilItFitsOnOnePage() {
    List<Item> items = paragraphs(30);
    FlowLayout.Result r = layout().layout(items, 14, 10);
    assertThat(r.pages()).hasSize(1);
    assertThat(r.size()).isLessThan(14).isGreaterThanOrEqualTo(10);
    assertThat(lines(r)).isEqualTo(wrappedAt(items, r.size()));
  }

  @Test
  void atTheFloorWhatDoesNotFitContinuesOnMorePagesWithEveryLineKept() {
    List<Item> items = paragraphs(200);
    FlowLayout.Result r = layout().layout(items, 14, 10);
    assertThat(r.size()).isEqualTo(10);
    assertThat(r.pages().size()).isGreaterThan(1);
    assertThat(lines(r)).isEqualTo(wrappedAt(items, 10));
    for (List<Placed> page : r.pages()) {
      Box area = page == r.pages().get(0) ? AREA : REST;
      for (Placed p : page) {
        assertThat(p.box().y()).isGreaterThanOrEqualTo(area.y());
        assertThat(p.box().bottom()).isLessThanOrEqualTo(area.bottom() + 0.01f);
        assertThat(p.box().height())
            .isCloseTo(p.lines().size() * MEASURE.leading(p.size()), Offset.offset(0.01f));
      }
    }
  }

  @Test
  void aChartStaysWithItsHeadingInOneColumnWhereverTheColumnBreakFalls() {
    for (int n = 4; n < 40; n++) {
      List<Item> items = new ArrayList<>(paragraphs(n));
      items.add(Item.heading("Evaluation"));
      for (int i = 0; i < 6; i++) {
        items.add(Item.bar("Score " + i, i, i + "/5"));
      }
      FlowLayout.Result r = layout().layout(items, 14, 14);
      List<Placed> placed = r.pages().stream().flatMap(List::stream).toList();
      Placed heading = placed.stream().filter(p -> p.item().text().equals("Evaluation"))
          .findFirst().orElseThrow();
      List<Placed> bars = placed.stream().filter(p -> p.item().kind() == Kind.BAR).toList();
      assertThat(bars).as("%d paragraphs", n).hasSize(6).allSatisfy(b -> {
        assertThat(b.box().x()).isEqualTo(heading.box().x());
        assertThat(pageOf(r, b)).isSameAs(pageOf(r, heading));
        assertThat(b.box().y()).isGreaterThan(heading.box().y());
      });
    }
  }

  private static List<Placed> pageOf(FlowLayout.Result r, Placed p) {
    return r.pages().stream().filter(page -> page.contains(p)).findFirst().orElseThrow();
  }

  private static List<Item> paragraphs(int n) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(i % 5 == 0 ? Item.heading("Section " + i)
          : Item.text("Paragraph " + i + " says something worth reading, over a line or two "
              + "of text in its column.", false));
    }
    return items;
  }

  private static List<String> lines(FlowLayout.Result r) {
    return r.pages().stream().flatMap(List::stream).flatMap(p -> p.lines().stream()).toList();
  }

  private static List<String> wrappedAt(List<Item> items, float size) {
    float width = (AREA.width() - 36) / 2;
    List<String> lines = new ArrayList<>();
    for (Item item : items) {
      boolean heading = item.kind() == Kind.HEADING;
      lines.addAll(TextFit.wrap(item.text(), width, heading,
          heading ? size * FlowLayout.HEADING_SCALE : size, MEASURE));
    }
    return lines;
  }
}
