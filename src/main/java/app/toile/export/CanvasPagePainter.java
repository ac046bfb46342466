package app.toile.export;

import app.toile.export.layout.BlockPlan;
import app.toile.export.layout.Box;
import app.toile.export.layout.CanvasLayout;
import app.toile.export.layout.CanvasPlan;
import app.toile.export.layout.CardFlow;
import app.toile.export.layout.OverflowLayout;
import app.toile.export.layout.OverflowPage;
import app.toile.export.layout.PlacedCard;
import app.toile.model.Block;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/** Draws a laid-out canvas page and its overflow pages; all measuring was done by the layout. */
final class CanvasPagePainter {
  private final Pen pen;

  CanvasPagePainter(Pen pen) {
    this.pen = pen;
  }

  /**
   * Draws the canvas page.
   *
   * @param plan the layout
   * @param mark for a block that overflows, its mark ("continued on p. 2")
   */
  void canvas(CanvasPlan plan, Function<Block, String> mark) throws IOException {
    Box header = plan.frame().header();
    float y = pen.lines(plan.titleLines(), header.x(), header.y(), true, plan.titleSize(),
        Colours.INK);
    pen.lines(plan.factLines(), header.x(), y, false, plan.factSize(), Colours.MUTED);
    for (Block block : Block.values()) {
      BlockPlan b = plan.blocks().get(block);
      block(b, b.overflows() ? mark.apply(block) : null);
    }
  }

  private void block(BlockPlan b, String mark) throws IOException {
    pen.fill(b.box(), Colours.PAPER);
    pen.stroke(b.box(), Colours.RULE, 0.8f);
    Box inner = b.box().inset(CanvasLayout.BLOCK_PADDING);
    float y = pen.lines(b.titleLines(), inner.x(), inner.y(), true, b.titleSize(), Colours.INK);
    pen.lines(b.questionLines(), inner.x(), y + 4, false, b.size(), Colours.FAINT);
    cards(b.cards());
    if (mark != null) {
      Box m = b.mark();
      pen.textRight(pen.fonts().printable(mark), m.right(), pen.baseline(m.y(),
          CanvasLayout.MARK_SIZE), true, CanvasLayout.MARK_SIZE, Colours.ACCENT);
    }
  }

  /** Draws placed cards: a tinted tile, an optional swatch, title, body and segment chips. */
  void cards(List<PlacedCard> cards) throws IOException {
    for (PlacedCard c : cards) {
      card(c);
    }
  }

  private void card(PlacedCard c) throws IOException {
    float size = c.size();
    float pad = CardFlow.padding(size);
    float chip = CardFlow.chipSize(size);
    Box box = c.box();
    pen.tile(box, Colours.parse(c.card().fill(), Colours.CARD));
    float x = box.x() + pad;
    float y = box.y() + pad;
    if (c.card().swatch() != null) {
      float top = y + (pen.fonts().leading(size) - chip) / 2;
      pen.tile(new Box(x, top, chip, chip), Colours.parse(c.card().swatch(), Colours.FAINT));
      pen.lines(c.titleLines(), x + chip + pad * 0.6f, y, true, size, Colours.INK);
      y += c.titleLines().size() * pen.fonts().leading(size);
    } else {
      y = pen.lines(c.titleLines(), x, y, true, size, Colours.INK);
    }
    pen.lines(c.bodyLines(), x, y, false, size, c.card().swatch() != null ? Colours.MUTED
        : Colours.INK);
    float chipTop = box.bottom() - pad - chip;
    for (String hex : c.card().chips()) {
      Color colour = Colours.parse(hex, Colours.FAINT);
      pen.fill(new Box(x, chipTop, chip, chip), colour);
      pen.stroke(new Box(x, chipTop, chip, chip), Colours.outline(colour), 0.4f);
      x += chip + 2;
    }
  }

  /** Draws an overflow page: each block's heading, then its cards. */
  void overflow(OverflowPage page, Function<Block, String> heading)
      throws IOException {
    for (OverflowPage.Section s : page.sections()) {
      Box h = s.heading();
      pen.text(pen.fonts().printable(heading.apply(s.block())), h.x(),
          pen.baseline(h.y(), OverflowLayout.HEADING_SIZE), true, OverflowLayout.HEADING_SIZE,
          Colours.INK);
      pen.line(h.x(), h.bottom() - 1, h.right(), h.bottom() - 1, Colours.RULE, 0.6f);
      cards(s.cards());
    }
  }
}
