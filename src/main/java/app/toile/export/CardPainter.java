package app.toile.export;

import app.toile.export.layout.Box;
import app.toile.export.layout.CardFlow;
import app.toile.export.layout.Chip;
import app.toile.export.layout.Legend;
import app.toile.export.layout.PlacedCard;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * Draws placed cards and the chips of the segments they serve, each chip its segment's tag on its
 * colour, and the legend that names those segments. All measuring was done by the layout.
 */
final class CardPainter {
  private final Pen pen;

  CardPainter(Pen pen) {
    this.pen = pen;
  }

  /** Draws placed cards: a tinted tile, an optional tagged mark, title, body and chips. */
  void cards(List<PlacedCard> cards) throws IOException {
    for (PlacedCard c : cards) {
      card(c);
    }
  }

  private void card(PlacedCard c) throws IOException {
    float size = c.size();
    float pad = CardFlow.padding(size);
    Box box = c.box();
    pen.tile(box, Colours.parse(c.card().fill(), Colours.CARD));
    float x = box.x() + pad;
    float y = box.y() + pad;
    Chip mark = c.card().mark();
    if (mark != null) {
      float w = CardFlow.chipWidth(mark, size, pen.fonts());
      float h = CardFlow.chipSize(size);
      chip(mark, new Box(x, y + (pen.fonts().leading(size) - h) / 2, w, h), size);
      pen.lines(c.titleLines(), x + w + pad * 0.6f, y, true, size, Colours.INK);
      y += c.titleLines().size() * pen.fonts().leading(size);
    } else {
      y = pen.lines(c.titleLines(), x, y, true, size, Colours.INK);
    }
    pen.lines(c.bodyLines(), x, y, false, size, mark != null ? Colours.MUTED : Colours.INK);
    List<Box> boxes = CardFlow.chipBoxes(c, pen.fonts());
    for (int i = 0; i < boxes.size(); i++) {
      chip(c.card().links().get(i), boxes.get(i), size);
    }
  }

  /** One chip: its colour with rounded corners, its tag centred on it in a colour that reads. */
  void chip(Chip chip, Box box, float cardSize) throws IOException {
    Color colour = Colours.parse(chip.colour(), Colours.FAINT);
    pen.rounded(box, box.height() * 0.25f, colour);
    if (chip.tagged()) {
      float size = CardFlow.chipTextSize(cardSize);
      String tag = pen.fonts().printable(chip.tag());
      float w = pen.fonts().width(tag, true, size);
      float baseline = box.y() + box.height() / 2 + size * 0.35f;
      pen.text(tag, box.x() + (box.width() - w) / 2, baseline, true, size,
          Colours.readableOn(colour));
    }
  }

  /** The legend: its label, then each chip and the name of its segment. */
  void legend(Legend.Plan legend) throws IOException {
    if (legend.entries().isEmpty()) {
      return;
    }
    Box label = legend.labelBox();
    pen.lines(List.of(legend.label()), label.x(), label.y(), true, Legend.SIZE, Colours.MUTED);
    for (Legend.PlacedEntry e : legend.entries()) {
      chip(e.chip(), e.chipBox(), Legend.SIZE);
      pen.lines(e.nameLines(), e.nameBox().x(), e.nameBox().y(), false, Legend.SIZE,
          Colours.INK);
    }
  }
}
