package app.toile.export;

import app.toile.export.layout.Box;
import app.toile.export.layout.TextFit;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Draws a presentation {@link Sheet} on PDF pages: the title, the key figures as large numbers in
 * tiles across the page, then the parts in two columns, each under its heading: paragraphs, the
 * need set apart, labelled facts, bullets, and scores as bars drawn in vector.
 */
final class SheetPage {
  static final float FIGURE_SIZE = 20f;
  static final float FIGURE_LABEL_SIZE = 8.5f;
  /** Most figures a row holds; the tiles are never wider than this many to a row. */
  static final int FIGURES_PER_ROW = 4;
  /** Most lines of a part kept whole in one column. */
  private static final int KEEP_WHOLE = 8;
  private static final float GAP = 10f;
  private static final float PAD = 8f;

  private final PageFlow flow;
  private final UnaryOperator<String> continued;

  /**
   * @param continued words the title of a continuation page ("Profile (continued)")
   */
  SheetPage(PageFlow flow, UnaryOperator<String> continued) {
    this.flow = flow;
    this.continued = continued;
  }

  void write(Sheet sheet) throws IOException {
    flow.start(sheet.title(), sheet.chip(), sheet.subtitle(),
        continued.apply(sheet.title()));
    if (!sheet.figures().isEmpty()) {
      figures(sheet.figures());
    }
    for (Sheet.Part part : sheet.parts()) {
      // The part before is over: moving on repeats no heading of it.
      flow.endSection();
      if (part.opensColumn()) {
        flow.nextColumn();
      } else if (part.lines().size() <= KEEP_WHOLE && !flow.inLastColumn()) {
        // A short part moves whole to the next column rather than leave a line or two behind;
        // not to the next page, which would cost a page for a few lines.
        PdfFonts fonts = flow.fonts();
        flow.keep(fonts.leading(flow.textSize()) * (part.lines().size() * 1.3f + 3));
      }
      flow.section(part.heading());
      for (Sheet.Line line : part.lines()) {
        line(line);
      }
    }
    flow.endSection();
  }

  private void line(Sheet.Line line) throws IOException {
    switch (line.kind()) {
      case TEXT -> flow.paragraph(line.text(), false, flow.textSize(), Colours.INK);
      case EMPHASIS -> flow.quote(line.text());
      case FACT -> flow.field(line.label(), line.text(), null);
      case BULLET -> flow.bullet(line.text(), Colours.INK);
      case BAR -> FlowMarks.bar(flow, line.label(), line.score(), line.text());
      default -> throw new IllegalStateException(line.kind().name());
    }
  }

  /** The figures in tiles of equal width, the number large over its label. */
  private void figures(List<Sheet.Figure> figures) throws IOException {
    PdfFonts fonts = flow.fonts();
    float width = (flow.fullWidth() - (FIGURES_PER_ROW - 1) * GAP) / FIGURES_PER_ROW;
    float inner = width - 2 * PAD;
    int labelLines = Sheet.Figure.labelLines(figures, inner, FIGURE_LABEL_SIZE, fonts);
    float height = 2 * PAD + fonts.leading(FIGURE_SIZE)
        + labelLines * fonts.leading(FIGURE_LABEL_SIZE);
    Box band = flow.band(height + 12);
    Pen pen = flow.pen();
    for (int i = 0; i < Math.min(figures.size(), FIGURES_PER_ROW); i++) {
      Sheet.Figure f = figures.get(i);
      Box tile = new Box(band.x() + i * (width + GAP), band.y() + 6, width, height);
      pen.tile(tile, Colours.CARD);
      pen.fill(tile.top(3), Colours.ACCENT);
      Box in = tile.inset(PAD);
      String value = TextFit.shorten(fonts.printable(f.value()), inner, true, FIGURE_SIZE, fonts);
      pen.text(value, in.x(), pen.baseline(in.y(), FIGURE_SIZE), true, FIGURE_SIZE, Colours.INK);
      pen.lines(TextFit.wrap(f.label(), inner, false, FIGURE_LABEL_SIZE, fonts), in.x(),
          in.y() + fonts.leading(FIGURE_SIZE), false, FIGURE_LABEL_SIZE, Colours.MUTED);
    }
  }
}
