package app.toile.export;

import app.toile.export.layout.BlockPlan;
import app.toile.export.layout.Box;
import app.toile.export.layout.CanvasLayout;
import app.toile.export.layout.CanvasPlan;
import app.toile.export.layout.OverflowLayout;
import app.toile.export.layout.OverflowPage;
import app.toile.export.layout.PosterHeader;
import app.toile.model.Block;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Draws the canvas page as the poster (its header of boxed fields, the nine blocks with their
 * icons, the notes, the legend) and its overflow pages; all measuring was done by the layout.
 */
final class CanvasPagePainter {
  private final Pen pen;
  private final CardPainter cards;

  CanvasPagePainter(Pen pen) {
    this.pen = pen;
    this.cards = new CardPainter(pen);
  }

  /**
   * Draws the canvas page.
   *
   * @param plan the layout
   * @param mark for a block that overflows, its mark ("continued on pp. 2–4")
   */
  void canvas(CanvasPlan plan, Function<Block, String> mark) throws IOException {
    header(plan.header());
    for (Block block : Block.values()) {
      BlockPlan b = plan.blocks().get(block);
      block(b, plan.iconSize(), b.overflows() ? mark.apply(block) : null);
    }
    cards.legend(plan.legend());
  }

  private void header(PosterHeader.Plan h) throws IOException {
    Box k = h.kickerBox();
    pen.lines(List.of(h.kicker()), k.x(), k.y(), true, PosterHeader.KICKER_SIZE, Colours.ACCENT);
    pen.lines(h.titleLines(), h.titleBox().x(), h.titleBox().y(), true, h.titleSize(),
        Colours.INK);
    for (PosterHeader.PlacedField f : h.fields()) {
      Box box = f.box();
      pen.stroke(box, Colours.RULE, 0.6f);
      float x = box.x() + PosterHeader.FIELD_PADDING;
      float y = pen.lines(List.of(f.label()), x, box.y() + PosterHeader.FIELD_PADDING, false,
          PosterHeader.LABEL_SIZE, Colours.MUTED);
      pen.lines(f.valueLines(), x, y, false, PosterHeader.VALUE_SIZE, Colours.INK);
    }
  }

  private void block(BlockPlan b, float iconSize, String mark) throws IOException {
    pen.fill(b.box(), Colours.PAPER);
    pen.stroke(b.box(), Colours.RULE, 0.8f);
    Box inner = b.box().inset(CanvasLayout.BLOCK_PADDING);
    float y = pen.lines(b.titleLines(), inner.x(), inner.y(), true, b.titleSize(), Colours.INK);
    if (iconSize > 0) {
      // The glyphs of the icon font fill its em square: the baseline is a little above its foot.
      pen.icon(BlockIcons.of(b.block()), inner.right() - iconSize, inner.y() + iconSize * 0.86f,
          iconSize, Colours.MUTED);
      y = Math.max(y, inner.y() + iconSize);
    }
    pen.lines(b.questionLines(), inner.x(), y + 4, false, b.size(), Colours.FAINT);
    cards.cards(b.cards());
    if (mark != null) {
      Box m = b.mark();
      pen.textRight(pen.fonts().printable(mark), m.right(), pen.baseline(m.y(),
          CanvasLayout.MARK_SIZE), true, CanvasLayout.MARK_SIZE, Colours.ACCENT);
    }
  }

  /** Draws an overflow page: each block's heading, then its cards, then the legend. */
  void overflow(OverflowPage page, Function<Block, String> heading)
      throws IOException {
    for (OverflowPage.Section s : page.sections()) {
      Box h = s.heading();
      pen.text(pen.fonts().printable(heading.apply(s.block())), h.x(),
          pen.baseline(h.y(), OverflowLayout.HEADING_SIZE), true, OverflowLayout.HEADING_SIZE,
          Colours.INK);
      pen.line(h.x(), h.bottom() - 1, h.right(), h.bottom() - 1, Colours.RULE, 0.6f);
      cards.cards(s.cards());
    }
    cards.legend(page.legend());
  }
}
