package app.toile.export;

import app.toile.export.layout.Box;
import app.toile.export.layout.Columns;
import app.toile.export.layout.PageFrame;
import app.toile.export.layout.TextFit;
import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a document part (a segment's page, the roadmap) as a flow of headings, paragraphs and
 * labelled fields in columns; when the last column of a page is full the flow continues on a new
 * page under the same title marked as continued, so long texts are never cut.
 */
final class PageFlow implements Closeable {
  static final float TITLE_SIZE = 15f;
  static final float SECTION_SIZE = 10f;
  static final float TEXT_SIZE = 9f;
  static final float LABEL_SHARE = 0.36f;
  /** Most lines of a page's title: a title that took the page would leave no room for its text. */
  static final int TITLE_LINES = 2;
  private static final float COLUMN_GAP = 24f;

  private final PDDocument doc;
  private final Paper paper;
  private final PdfFonts fonts;
  private final int columnCount;
  private Pen pen;
  private Columns columns;
  private String chip;
  private String continuedTitle;
  /** The title of the continuation pages, wrapped once for all of them. */
  private List<String> continuedLines;

  PageFlow(PDDocument doc, Paper paper, PdfFonts fonts, int columnCount) {
    this.doc = doc;
    this.paper = paper;
    this.fonts = fonts;
    this.columnCount = columnCount;
  }

  /**
   * Starts a new page with a full-width title (and a colour chip before it when {@code chipHex}
   * is set) and a faint subtitle on the right; {@code continuedTitle} heads its continuation pages.
   */
  void start(String pageTitle, String chipHex, String subtitle, String continuedTitleText)
      throws IOException {
    this.chip = chipHex;
    this.continuedTitle = continuedTitleText != null ? continuedTitleText : pageTitle;
    this.continuedLines = null;
    // At most half the width, so that a long canvas title leaves room for the page's own.
    String shown = subtitle == null ? null : TextFit.shorten(
        fonts.printable(subtitle).replaceAll("\\s+", " "), bodyWidth() / 2, false, TEXT_SIZE,
        fonts);
    float subtitleWidth = shown == null ? 0 : fonts.width(shown, false, TEXT_SIZE) + 12;
    newPage(titleLines(pageTitle, subtitleWidth), shown);
  }

  /** The title wrapped beside a subtitle this wide, on at most {@value #TITLE_LINES} lines. */
  private List<String> titleLines(String heading, float subtitleWidth) {
    float indent = chip == null ? 0 : TITLE_SIZE * 0.8f + 6;
    return TextFit.atMost(heading, TITLE_LINES, bodyWidth() - indent - subtitleWidth, true,
        TITLE_SIZE, fonts);
  }

  private float bodyWidth() {
    return PageFrame.of(paper.width(), paper.height(), 0).body().width();
  }

  private void newPage(List<String> lines, String subtitle) throws IOException {
    closePen();
    PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
    doc.addPage(page);
    pen = new Pen(doc, page, fonts, false);
    float chipSize = TITLE_SIZE * 0.8f;
    float indent = chip == null ? 0 : chipSize + 6;
    PageFrame frame = PageFrame.of(paper.width(), paper.height(),
        lines.size() * fonts.leading(TITLE_SIZE) + 4);
    Box header = frame.header();
    if (chip != null) {
      float top = header.y() + (fonts.leading(TITLE_SIZE) - chipSize) / 2;
      pen.tile(new Box(header.x(), top, chipSize, chipSize), Colours.parse(chip, Colours.FAINT));
    }
    pen.lines(lines, header.x() + indent, header.y(), true, TITLE_SIZE, Colours.INK);
    if (subtitle != null) {
      pen.textRight(subtitle, header.right(),
          pen.baseline(header.y(), TITLE_SIZE), false, TEXT_SIZE, Colours.MUTED);
    }
    pen.line(header.x(), header.bottom(), header.right(), header.bottom(), Colours.RULE, 0.8f);
    columns = new Columns(frame.body().below(4), columnCount, COLUMN_GAP, 0);
  }

  Pen pen() {
    return pen;
  }

  PdfFonts fonts() {
    return fonts;
  }

  /** Width of a column. */
  float width() {
    return columns.width();
  }

  /** Takes {@code h} points in the flow, moving to the next column or page when needed. */
  Box take(float h) throws IOException {
    Box box = columns.take(h);
    if (box == null) {
      if (!columns.nextColumn()) {
        if (continuedLines == null) {
          continuedLines = titleLines(continuedTitle, 0);
        }
        newPage(continuedLines, null);
      }
      box = columns.take(h);
    }
    return box != null ? box : columns.take(columns.remaining());
  }

  /** Moves on unless {@code h} points are left in the current column (keeps a heading with text). */
  void keep(float h) throws IOException {
    if (columns.remaining() < h) {
      take(columns.remaining() + 1);
    }
  }

  /** A section heading, kept with at least two lines of what follows. */
  void section(String text) throws IOException {
    keep(fonts.leading(SECTION_SIZE) + 8 + 2 * fonts.leading(TEXT_SIZE));
    if (!columns.atTop()) {
      take(6);
    }
    Box box = take(fonts.leading(SECTION_SIZE) + 2);
    pen.text(fonts.printable(text), box.x(), pen.baseline(box.y(), SECTION_SIZE), true,
        SECTION_SIZE, Colours.ACCENT);
    pen.line(box.x(), box.bottom(), box.right(), box.bottom(), Colours.RULE, 0.5f);
  }

  /** A paragraph, line by line so that it may continue in the next column. */
  void paragraph(String text, boolean bold, float size, Color colour) throws IOException {
    for (String line : TextFit.wrap(text, width(), bold, size, fonts)) {
      Box box = take(fonts.leading(size));
      pen.text(line, box.x(), pen.baseline(box.y(), size), bold, size, colour);
    }
  }

  /** A bullet point whose wrapped lines hang under its text, not under the bullet. */
  void bullet(String text, Color colour) throws IOException {
    float indent = fonts.width("• ", false, TEXT_SIZE);
    List<String> lines = TextFit.wrap(text, width() - indent, false, TEXT_SIZE, fonts);
    for (int i = 0; i < lines.size(); i++) {
      Box box = take(fonts.leading(TEXT_SIZE));
      float baseline = pen.baseline(box.y(), TEXT_SIZE);
      if (i == 0) {
        pen.text("•", box.x(), baseline, false, TEXT_SIZE, colour);
      }
      pen.text(lines.get(i), box.x() + indent, baseline, false, TEXT_SIZE, colour);
    }
  }

  /** A label and its value side by side; an unset value shows the faint {@code unset} text. */
  void field(String label, String value, String unset) throws IOException {
    boolean set = value != null && !value.isBlank();
    float labelWidth = width() * LABEL_SHARE;
    List<String> labels = TextFit.wrap(label, labelWidth - 6, false, TEXT_SIZE, fonts);
    List<String> values = TextFit.wrap(set ? value : unset, width() - labelWidth, false,
        TEXT_SIZE, fonts);
    int rows = Math.max(labels.size(), values.size());
    for (int i = 0; i < rows; i++) {
      Box box = take(fonts.leading(TEXT_SIZE));
      float baseline = pen.baseline(box.y(), TEXT_SIZE);
      if (i < labels.size()) {
        pen.text(labels.get(i), box.x(), baseline, false, TEXT_SIZE, Colours.MUTED);
      }
      if (i < values.size()) {
        pen.text(values.get(i), box.x() + labelWidth, baseline, false, TEXT_SIZE,
            set ? Colours.INK : Colours.FAINT);
      }
    }
  }

  /** A score from 1 to 5 as a bar of five cells, with its label and value. */
  void bar(String label, Integer score, String valueText) throws IOException {
    Box box = take(fonts.leading(TEXT_SIZE) + 2);
    float baseline = pen.baseline(box.y() + 1, TEXT_SIZE);
    float labelWidth = width() * LABEL_SHARE;
    pen.text(fonts.printable(label), box.x(), baseline, false, TEXT_SIZE, Colours.MUTED);
    float cell = 14f;
    float h = TEXT_SIZE * 0.9f;
    float top = box.y() + (box.height() - h) / 2;
    for (int i = 1; i <= 5; i++) {
      Box c = new Box(box.x() + labelWidth + (i - 1) * (cell + 2), top, cell, h);
      boolean on = score != null && score >= i && score <= 5;
      pen.fill(c, on ? Colours.ACCENT : new Color(0xE6, 0xE6, 0xE6));
    }
    pen.text(fonts.printable(valueText), box.x() + labelWidth + 5 * (cell + 2) + 6, baseline,
        score != null, TEXT_SIZE, score != null ? Colours.INK : Colours.FAINT);
  }

  /** A tick box and its text. */
  void check(String text, boolean ticked) throws IOException {
    Box box = take(fonts.leading(TEXT_SIZE) + 1);
    float side = TEXT_SIZE * 0.95f;
    Box tick = new Box(box.x(), box.y() + (box.height() - side) / 2, side, side);
    pen.fill(tick, ticked ? Colours.ACCENT : Colours.PAPER);
    pen.stroke(tick, ticked ? Colours.ACCENT : Colours.MUTED, 0.7f);
    if (ticked) {
      pen.line(tick.x() + side * 0.22f, tick.y() + side * 0.52f, tick.x() + side * 0.42f,
          tick.y() + side * 0.74f, Colours.PAPER, 1.2f);
      pen.line(tick.x() + side * 0.42f, tick.y() + side * 0.74f, tick.x() + side * 0.8f,
          tick.y() + side * 0.28f, Colours.PAPER, 1.2f);
    }
    pen.text(fonts.printable(text), box.x() + side + 6, pen.baseline(box.y(), TEXT_SIZE), false, TEXT_SIZE,
        Colours.INK);
  }

  private void closePen() throws IOException {
    if (pen != null) {
      pen.close();
      pen = null;
    }
  }

  @Override
  public void close() throws IOException {
    closePen();
  }
}
