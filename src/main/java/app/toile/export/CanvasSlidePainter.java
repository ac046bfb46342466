package app.toile.export;

import app.toile.export.layout.BlockPlan;
import app.toile.export.layout.Box;
import app.toile.export.layout.CanvasLayout;
import app.toile.export.layout.CanvasPlan;
import app.toile.export.layout.CardFlow;
import app.toile.export.layout.Chip;
import app.toile.export.layout.OverflowLayout;
import app.toile.export.layout.OverflowPage;
import app.toile.export.layout.PlacedCard;
import app.toile.model.Block;
import java.awt.Color;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;

/**
 * Draws a laid-out canvas on a slide, and its overflow slides: every block a framed rectangle,
 * every note an editable shape in its colour holding its text, with the chips of the segments it
 * serves. All measuring was done by the layout the PDF export uses.
 */
final class CanvasSlidePainter {
  private final SlidePen pen;

  CanvasSlidePainter(SlidePen pen) {
    this.pen = pen;
  }

  /**
   * Draws the canvas slide.
   *
   * @param plan the layout
   * @param mark for a block that overflows, its mark ("continued on slide 3")
   */
  void canvas(CanvasPlan plan, Function<Block, String> mark) {
    Box header = plan.frame().header();
    float titleHeight = plan.titleLines().size() * pen.measure().leading(plan.titleSize());
    pen.text(header.top(titleHeight), plan.titleLines(), true, plan.titleSize(), Colours.INK,
        TextAlign.LEFT);
    pen.text(header.below(titleHeight), plan.factLines(), false, plan.factSize(), Colours.MUTED,
        TextAlign.LEFT);
    for (Block block : Block.values()) {
      BlockPlan b = plan.blocks().get(block);
      block(b, b.overflows() ? mark.apply(block) : null);
    }
  }

  private void block(BlockPlan b, String mark) {
    pen.rect(b.box(), Colours.PAPER, Colours.RULE, 0.8f);
    Box inner = b.box().inset(CanvasLayout.BLOCK_PADDING);
    float titleHeight = b.titleLines().size() * pen.measure().leading(b.titleSize());
    pen.text(inner.top(titleHeight), b.titleLines(), true, b.titleSize(), Colours.INK,
        TextAlign.LEFT);
    pen.text(inner.below(titleHeight + 4), b.questionLines(), false, b.size(), Colours.FAINT,
        TextAlign.LEFT);
    cards(b.cards());
    if (mark != null) {
      pen.text(b.mark(), List.of(pen.measure().printable(mark)), true, CanvasLayout.MARK_SIZE,
          Colours.ACCENT, TextAlign.RIGHT);
    }
  }

  private void cards(List<PlacedCard> cards) {
    for (PlacedCard c : cards) {
      card(c);
    }
  }

  /** One note or segment card: a tinted shape with its text, its tagged mark and chips. */
  private void card(PlacedCard c) {
    float size = c.size();
    float pad = CardFlow.padding(size);
    Box box = c.box();
    Chip mark = c.card().mark();
    float indent = mark != null ? CardFlow.chipWidth(mark, size, pen.measure()) + pad * 0.6f : 0;
    pen.note(box, Colours.parse(c.card().fill(), Colours.CARD), pad,
        List.of(c.titleLines(), c.bodyLines()), List.of(true, false), indent, size,
        List.of(Colours.INK, mark != null ? Colours.MUTED : Colours.INK));
    if (mark != null) {
      float h = CardFlow.chipSize(size);
      float top = box.y() + pad + (pen.measure().leading(size) - h) / 2;
      chip(mark, new Box(box.x() + pad, top, indent - pad * 0.6f, h), size);
    }
    List<Box> boxes = CardFlow.chipBoxes(c, pen.measure());
    for (int i = 0; i < boxes.size(); i++) {
      chip(c.card().links().get(i), boxes.get(i), size);
    }
  }

  /** A segment's chip: its colour, with its tag on it. */
  private void chip(Chip chip, Box box, float cardSize) {
    Color colour = Colours.parse(chip.colour(), Colours.FAINT);
    pen.rect(box, colour, Colours.outline(colour), 0.4f);
    if (chip.tagged()) {
      pen.text(box, List.of(pen.measure().printable(chip.tag())), true,
          CardFlow.chipTextSize(cardSize), Colours.readableOn(colour), TextAlign.CENTER);
    }
  }

  /** Draws an overflow slide: each block's heading, then its cards. */
  void overflow(OverflowPage page, Function<Block, String> heading) {
    for (OverflowPage.Section s : page.sections()) {
      Box h = s.heading();
      pen.text(h, List.of(pen.measure().printable(heading.apply(s.block()))), true,
          OverflowLayout.HEADING_SIZE, Colours.INK, TextAlign.LEFT);
      pen.line(h.x(), h.bottom() - 1, h.right(), h.bottom() - 1, Colours.RULE, 0.6f, false);
      cards(s.cards());
    }
  }
}
