package app.toile.export.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanvasLayoutTest {
  private static final float W = 841.89f;
  private static final float H = 595.28f;
  private final TextMeasure m = new FixedMeasure();

  private static Map<Block, BlockContent> blocks(Block crowded, int notes, String text) {
    Map<Block, BlockContent> map = new EnumMap<>(Block.class);
    for (Block b : Block.values()) {
      List<Card> cards = new ArrayList<>();
      for (int i = 0; b == crowded && i < notes; i++) {
        cards.add(new Card(null, null, (i + 1) + " " + text, "#FFF1A8", List.of(new Chip("S1", "#E4572E"))));
      }
      map.put(b, new BlockContent(b.key(), "why " + b.key() + "?", cards));
    }
    return map;
  }

  private CanvasPlan layout(Block crowded, int notes, String text) {
    return CanvasLayout.layout(W, H, "A title", List.of("Designed by: me"),
        blocks(crowded, notes, text), m);
  }

  @Test
  void blocksSitWhereTheCanonicalLayoutPutsThemAndDoNotOverlap() {
    CanvasPlan plan = layout(null, 0, "");
    Box body = plan.frame().body();
    Box partners = plan.blocks().get(Block.KEY_PARTNERS).box();
    Box segments = plan.blocks().get(Block.CUSTOMER_SEGMENTS).box();
    Box costs = plan.blocks().get(Block.COST_STRUCTURE).box();
    assertThat(partners.x()).isEqualTo(body.x());
    assertThat(segments.right()).isCloseTo(body.right(), org.assertj.core.data.Offset.offset(0.01f));
    assertThat(costs.bottom()).isCloseTo(body.bottom(), org.assertj.core.data.Offset.offset(0.01f));
    assertThat(costs.y()).isCloseTo(body.y() + body.height() * 0.75f,
        org.assertj.core.data.Offset.offset(0.01f));
    for (Block a : Block.values()) {
      for (Block b : Block.values()) {
        if (a != b) {
          assertThat(overlap(plan.blocks().get(a).box(), plan.blocks().get(b).box()))
              .as(a + " and " + b).isFalse();
        }
      }
    }
  }

  private static boolean overlap(Box a, Box b) {
    float e = 0.01f;
    return a.x() + e < b.right() && b.x() + e < a.right() && a.y() + e < b.bottom()
        && b.y() + e < a.bottom();
  }

  @Test
  void anEmptyBlockShowsItsQuestion() {
    BlockPlan p = layout(null, 0, "").blocks().get(Block.CHANNELS);
    assertThat(p.cards()).isEmpty();
    assertThat(String.join(" ", p.questionLines())).isEqualTo("why channels?");
  }

  @Test
  void aFewNotesKeepTheLargestSize() {
    BlockPlan p = layout(Block.CHANNELS, 2, "short note").blocks().get(Block.CHANNELS);
    assertThat(p.size()).isEqualTo(CanvasLayout.MAX_SIZE);
    assertThat(p.cards()).hasSize(2);
    assertThat(p.overflows()).isFalse();
    assertThat(p.questionLines()).isEmpty();
  }

  @Test
  void onA3TheTextIsLargerButTheFloorStays() {
    CanvasPlan a3 = CanvasLayout.layout(1190.55f, 841.89f, "A title", List.of(),
        blocks(Block.CHANNELS, 2, "short note"), m);
    assertThat(a3.blocks().get(Block.CHANNELS).size()).isEqualTo(12.5f);
    assertThat(a3.titleSize()).isGreaterThan(CanvasPlan.TITLE_SIZE);
    CanvasPlan crowded = CanvasLayout.layout(1190.55f, 841.89f, "A title", List.of(),
        blocks(Block.CHANNELS, 200, "a note"), m);
    assertThat(crowded.blocks().get(Block.CHANNELS).size()).isEqualTo(CanvasLayout.MIN_SIZE);
  }

  @Test
  void aSlideAsksForLargerTextOnASmallerPageAndKeepsTheFloor() {
    CanvasPlan slide = CanvasLayout.layout(960, 540, 1.25f, "A title", List.of(),
        blocks(Block.CHANNELS, 2, "short note"), m);
    assertThat(slide.blocks().get(Block.CHANNELS).size()).isEqualTo(11.5f);
    assertThat(slide.titleSize()).isEqualTo(CanvasPlan.TITLE_SIZE * 1.25f);
    CanvasPlan crowded = CanvasLayout.layout(960, 540, 1.25f, "A title", List.of(),
        blocks(Block.CHANNELS, 60, "a note of some length here"), m);
    assertThat(crowded.blocks().get(Block.CHANNELS).size()).isEqualTo(CanvasLayout.MIN_SIZE);
    assertThat(crowded.blocks().get(Block.CHANNELS).overflows()).isTrue();
  }

  @Test
  void moreNotesShrinkTheTextButNotBelowTheFloor() {
    BlockPlan few = layout(Block.CHANNELS, 4, "a note of some length here").blocks()
        .get(Block.CHANNELS);
    BlockPlan more = layout(Block.CHANNELS, 5, "a note of some length here").blocks()
        .get(Block.CHANNELS);
    assertThat(more.size()).isLessThan(few.size()).isGreaterThanOrEqualTo(CanvasLayout.MIN_SIZE);
    assertThat(more.overflows()).isFalse();
  }

  @Test
  void whatDoesNotFitAtTheFloorOverflowsInOrderAndCardsStayInsideTheBlock() {
    String text = "a long note that takes several lines in a narrow block of the canvas";
    BlockPlan p = layout(Block.KEY_PARTNERS, 60, text).blocks().get(Block.KEY_PARTNERS);
    assertThat(p.size()).isEqualTo(CanvasLayout.MIN_SIZE);
    assertThat(p.overflows()).isTrue();
    assertThat(p.cards().size() + p.overflow().size()).isEqualTo(60);
    assertThat(p.overflow().get(0).body()).startsWith((p.cards().size() + 1) + " ");
    assertThat(p.mark()).isNotNull();
    Box inner = p.box().inset(CanvasLayout.BLOCK_PADDING);
    for (PlacedCard c : p.cards()) {
      assertThat(c.box().bottom()).isLessThanOrEqualTo(p.mark().y());
      assertThat(c.box().right()).isLessThanOrEqualTo(inner.right() + 0.01f);
    }
  }

  @Test
  void overflowPagesHoldEveryCardThatDidNotFit() {
    String text = "a long note that takes several lines in a narrow block of the canvas";
    CanvasPlan plan = layout(Block.KEY_PARTNERS, 60, text);
    OverflowLayout.Result r = OverflowLayout.layout(plan, W, H, m);
    int onOverflow = r.pages().stream().flatMap(p -> p.sections().stream())
        .mapToInt(s -> s.cards().size()).sum();
    assertThat(onOverflow).isEqualTo(plan.blocks().get(Block.KEY_PARTNERS).overflow().size());
    assertThat(r.firstPage()).containsEntry(Block.KEY_PARTNERS, 0).hasSize(1);
  }

  @Test
  void aHugeTitleKeepsToTwoLinesAndLeavesThePageToTheBlocks() {
    CanvasPlan plan = CanvasLayout.layout(W, H, "title ".repeat(2000), List.of("by: me"),
        blocks(null, 0, ""), m);
    assertThat(plan.titleLines()).hasSize(2);
    assertThat(plan.titleLines().get(1)).endsWith("…");
    assertThat(plan.frame().body().height()).isGreaterThan(H * 0.75f);
  }

  @Test
  void aSegmentCardWithAHugeNameIsSplitTitleLinesIncluded() {
    Map<Block, BlockContent> map = blocks(null, 0, "");
    String name = "name ".repeat(1500).strip();
    map.put(Block.CUSTOMER_SEGMENTS, new BlockContent("segments", "?",
        List.of(new Card(new Chip("S1", "#E4572E"), name, "Focus", "#F3F3F3", List.of()))));
    CanvasPlan plan = CanvasLayout.layout(W, H, "t", List.of(), map, m);
    BlockPlan p = plan.blocks().get(Block.CUSTOMER_SEGMENTS);
    List<String> title = new ArrayList<>();
    List<String> body = new ArrayList<>();
    p.cards().forEach(c -> {
      title.addAll(c.titleLines());
      body.addAll(c.bodyLines());
    });
    OverflowLayout.layout(plan, W, H, m).pages().forEach(page -> page.sections()
        .forEach(s -> s.cards().forEach(c -> {
          title.addAll(c.titleLines());
          body.addAll(c.bodyLines());
        })));
    assertThat(String.join(" ", title)).isEqualTo(name);
    assertThat(body).containsExactly("Focus");
    Box inner = p.box().inset(CanvasLayout.BLOCK_PADDING);
    assertThat(p.cards()).allSatisfy(c -> assertThat(c.box().bottom()).isLessThanOrEqualTo(
        inner.bottom() + 0.01f));
  }

  @Test
  void aNoteTallerThanAWholeColumnIsSplitNotCut() {
    String text = "word ".repeat(3000).strip();
    CanvasPlan plan = layout(Block.CHANNELS, 1, text);
    BlockPlan p = plan.blocks().get(Block.CHANNELS);
    OverflowLayout.Result r = OverflowLayout.layout(plan, W, H, m);
    List<String> lines = new ArrayList<>();
    p.cards().forEach(c -> lines.addAll(c.bodyLines()));
    r.pages().forEach(page -> page.sections().forEach(s -> s.cards()
        .forEach(c -> lines.addAll(c.bodyLines()))));
    assertThat(String.join(" ", lines)).isEqualTo("1 " + text);
  }
}
