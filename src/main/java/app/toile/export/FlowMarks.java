package app.toile.export;

import app.toile.export.layout.Box;
import java.awt.Color;
import java.io.IOException;

/**
 * The drawn marks of a page's flow: a score as a bar of five cells, and a tick box. Each takes
 * its line in the flow like text does.
 */
final class FlowMarks {
  private FlowMarks() {}

  /** A score from 1 to 5 as a bar of five cells, with its label and value. */
  static void bar(PageFlow flow, String label, Integer score, String valueText)
      throws IOException {
    PdfFonts fonts = flow.fonts();
    float textSize = flow.textSize();
    Box box = flow.take(fonts.leading(textSize) + 2);
    // After taking the line: it may have opened a new page, and with it a new pen.
    Pen pen = flow.pen();
    float baseline = pen.baseline(box.y() + 1, textSize);
    float labelWidth = flow.width() * PageFlow.LABEL_SHARE;
    pen.text(fonts.printable(label), box.x(), baseline, false, textSize, Colours.MUTED);
    float cell = 14f;
    float h = textSize * 0.9f;
    float top = box.y() + (box.height() - h) / 2;
    for (int i = 1; i <= 5; i++) {
      Box c = new Box(box.x() + labelWidth + (i - 1) * (cell + 2), top, cell, h);
      boolean on = score != null && score >= i && score <= 5;
      pen.fill(c, on ? Colours.ACCENT : new Color(0xE6, 0xE6, 0xE6));
    }
    pen.text(fonts.printable(valueText), box.x() + labelWidth + 5 * (cell + 2) + 6, baseline,
        score != null, textSize, score != null ? Colours.INK : Colours.FAINT);
  }

  /** A tick box and its text. */
  static void check(PageFlow flow, String text, boolean ticked) throws IOException {
    PdfFonts fonts = flow.fonts();
    float textSize = flow.textSize();
    Box box = flow.take(fonts.leading(textSize) + 1);
    Pen pen = flow.pen();
    float side = textSize * 0.95f;
    Box tick = new Box(box.x(), box.y() + (box.height() - side) / 2, side, side);
    pen.fill(tick, ticked ? Colours.ACCENT : Colours.PAPER);
    pen.stroke(tick, ticked ? Colours.ACCENT : Colours.MUTED, 0.7f);
    if (ticked) {
      pen.line(tick.x() + side * 0.22f, tick.y() + side * 0.52f, tick.x() + side * 0.42f,
          tick.y() + side * 0.74f, Colours.PAPER, 1.2f);
      pen.line(tick.x() + side * 0.42f, tick.y() + side * 0.74f, tick.x() + side * 0.8f,
          tick.y() + side * 0.28f, Colours.PAPER, 1.2f);
    }
    pen.text(fonts.printable(text), box.x() + side + 6, pen.baseline(box.y(), textSize), false,
        textSize, Colours.INK);
  }
}
