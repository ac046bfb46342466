package app.toile.export;

import app.toile.export.layout.Box;
import app.toile.export.layout.Columns;
import app.toile.export.layout.PageFrame;
import app.toile.export.layout.TextFit;
import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a document part (a segment's page, the roadmap) as a flow of headings, paragraphs and
 * labelled fields in columns; when the last column of a page is full the flow continues on a new
 * page under the same title marked as continued, so long texts are never cut. Every column starts
 * at the same height, and a section that runs on into another column opens it with its heading
 * marked as continued, so no part of it stands without a name.
 */
final class PageFlow implements Closeable {
  static final float TITLE_SIZE = 15f;
  static final float SECTION_SIZE = 10f;
  static final float TEXT_SIZE = 9f;
  /** Size of a paragraph set apart, such as a segment's need. */
  static final float QUOTE_SIZE = 11f;
  static final float LABEL_SHARE = 0.36f;
  /** Most lines of a page's title: a title that took the page would leave no room for its text. */
  static final int TITLE_LINES = 2;
  private static final float COLUMN_GAP = 24f;

  private final PDDocument doc;
  private final Paper paper;
  private final PdfFonts fonts;
  private final int columnCount;
  private final UnaryOperator<String> continued;
  private final float textSize;
  private final float sectionSize;
  private final float quoteSize;
  private Pen pen;
  private Columns columns;
  /** The current column of the page, from 0. */
  private int column;
  /** The page's area below its title, which the columns share. */
  private Box body;
  private String chip;
  private String continuedTitle;
  /** The title of the continuation pages, wrapped once for all of them. */
  private List<String> continuedLines;
  /** The heading of the section being written, repeated atop a column it runs on into. */
  private String sectionTitle;

  /**
   * @param continued words a heading that runs on ("Profile (continued)")
   */
  PageFlow(PDDocument doc, Paper paper, PdfFonts fonts, int columnCount,
      UnaryOperator<String> continued) {
    this(doc, paper, fonts, columnCount, continued, 1f);
  }

  /**
   * @param scale how much larger than usual the text is: a page with little on it reads better
   *     in larger type than as a corner of small print
   */
  PageFlow(PDDocument doc, Paper paper, PdfFonts fonts, int columnCount,
      UnaryOperator<String> continued, float scale) {
    this.textSize = TEXT_SIZE * scale;
    this.sectionSize = SECTION_SIZE * scale;
    this.quoteSize = QUOTE_SIZE * scale;
    this.doc = doc;
    this.paper = paper;
    this.fonts = fonts;
    this.columnCount = columnCount;
    this.continued = continued;
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
    this.sectionTitle = null;
    // At most half the width, so that a long canvas title leaves room for the page's own.
    String shown = subtitle == null ? null : TextFit.shorten(
        fonts.printable(subtitle).replaceAll("\\s+", " "), bodyWidth() / 2, false, textSize,
        fonts);
    float subtitleWidth = shown == null ? 0 : fonts.width(shown, false, textSize) + 12;
    newPage(titleLines(pageTitle, subtitleWidth), shown);
  }

  /** The title wrapped beside a subtitle this wide, on at most {@value #TITLE_LINES} lines. */
  private List<String> titleLines(String heading, float subtitleWidth) {
    float indent = chip == null ? 0 : TITLE_SIZE * 0.8f + 6;
    return TextFit.atMost(heading, TITLE_LINES, bodyWidth() - indent - subtitleWidth, true,
        TITLE_SIZE, fonts);
  }

  private float bodyWidth() {
    return PageFrame.of(paper.width() / paper.scale(), paper.height() / paper.scale(), 0).body()
        .width();
  }

  private void newPage(List<String> lines, String subtitle) throws IOException {
    closePen();
    PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
    doc.addPage(page);
    // Laid out on a page of A4's size and drawn grown by the paper's scale, as the canvas page
    // is: on A1 the pages read from as far as the poster.
    pen = new Pen(doc, page, fonts, false, paper.scale());
    float chipSize = TITLE_SIZE * 0.8f;
    float indent = chip == null ? 0 : chipSize + 6;
    PageFrame frame = PageFrame.of(paper.width() / paper.scale(), paper.height() / paper.scale(),
        lines.size() * fonts.leading(TITLE_SIZE) + 4);
    Box header = frame.header();
    if (chip != null) {
      float top = header.y() + (fonts.leading(TITLE_SIZE) - chipSize) / 2;
      pen.tile(new Box(header.x(), top, chipSize, chipSize), Colours.parse(chip, Colours.FAINT));
    }
    pen.lines(lines, header.x() + indent, header.y(), true, TITLE_SIZE, Colours.INK);
    if (subtitle != null) {
      pen.textRight(subtitle, header.right(),
          pen.baseline(header.y(), TITLE_SIZE), false, textSize, Colours.MUTED);
    }
    pen.line(header.x(), header.bottom(), header.right(), header.bottom(), Colours.RULE, 0.8f);
    body = frame.body().below(4);
    columns = new Columns(body, columnCount, COLUMN_GAP, 0);
    column = 0;
  }

  /**
   * Takes a band {@code h} points high across the whole width, above the columns; only before
   * anything else was written on the page.
   */
  Box band(float h) {
    Box band = body.top(h);
    body = body.below(h);
    columns = new Columns(body, columnCount, COLUMN_GAP, 0);
    column = 0;
    return band;
  }

  /** Width of the page's body, all columns together. */
  float fullWidth() {
    return body.width();
  }

  Pen pen() {
    return pen;
  }

  PdfFonts fonts() {
    return fonts;
  }

  /** Size of the flow's text. */
  float textSize() {
    return textSize;
  }

  /** Width of a column. */
  float width() {
    return columns.width();
  }

  /** Takes {@code h} points in the flow, moving to the next column or page when needed. */
  Box take(float h) throws IOException {
    Box box = columns.take(h);
    if (box == null) {
      advance();
      box = columns.take(h);
    }
    return box != null ? box : columns.take(columns.remaining());
  }

  /**
   * Moves to the top of the next column, or of a new page after the last one; a section under
   * way opens it again with its heading marked as continued.
   */
  private void advance() throws IOException {
    if (columns.nextColumn()) {
      column++;
    } else {
      if (continuedLines == null) {
        continuedLines = titleLines(continuedTitle, 0);
      }
      newPage(continuedLines, null);
    }
    if (sectionTitle != null) {
      heading(continued.apply(sectionTitle));
    }
  }

  /** Moves to the top of the next column (or page), unless nothing is written in this one. */
  void nextColumn() throws IOException {
    sectionTitle = null;
    if (!columns.atTop()) {
      advance();
    }
  }

  /** Moves on unless {@code h} points are left in the current column (keeps a heading with text). */
  void keep(float h) throws IOException {
    if (columns.remaining() < h && !columns.atTop()) {
      advance();
    }
  }

  /** Whether the flow is in the page's last column, where moving on opens a page. */
  boolean inLastColumn() {
    return column == columnCount - 1;
  }

  /** Points left in the current column. */
  float remaining() {
    return columns.remaining();
  }

  /** A section heading, kept with at least two lines of what follows. */
  void section(String text) throws IOException {
    sectionTitle = null;
    keep(fonts.leading(sectionSize) + 8 + 2 * fonts.leading(textSize));
    if (!columns.atTop()) {
      take(6);
    }
    heading(text);
    sectionTitle = text;
  }

  /** Ends the section under way: what follows is no part of it. */
  void endSection() {
    sectionTitle = null;
  }

  private void heading(String text) throws IOException {
    Box box = columns.take(fonts.leading(sectionSize) + 2);
    String shown = TextFit.shorten(fonts.printable(text), box.width(), true, sectionSize, fonts);
    pen.text(shown, box.x(), pen.baseline(box.y(), sectionSize), true,
        sectionSize, Colours.ACCENT);
    pen.line(box.x(), box.bottom(), box.right(), box.bottom(), Colours.RULE, 0.5f);
  }

  /** A paragraph, line by line so that it may continue in the next column. */
  void paragraph(String text, boolean bold, float size, Color colour) throws IOException {
    for (String line : TextFit.wrap(text, width(), bold, size, fonts)) {
      Box box = take(fonts.leading(size));
      pen.text(line, box.x(), pen.baseline(box.y(), size), bold, size, colour);
    }
  }

  /** A paragraph set apart by a bar in the accent colour on its left, such as a need. */
  void quote(String text) throws IOException {
    float size = quoteSize;
    float indent = 10;
    for (String line : TextFit.wrap(text, width() - indent, false, size, fonts)) {
      Box box = take(fonts.leading(size));
      pen.fill(new Box(box.x(), box.y(), 2.5f, box.height()), Colours.ACCENT);
      pen.text(line, box.x() + indent, pen.baseline(box.y(), size), false, size, Colours.INK);
    }
  }

  /** A bullet point whose wrapped lines hang under its text, not under the bullet. */
  void bullet(String text, Color colour) throws IOException {
    float indent = fonts.width("• ", false, textSize);
    List<String> lines = TextFit.wrap(text, width() - indent, false, textSize, fonts);
    for (int i = 0; i < lines.size(); i++) {
      Box box = take(fonts.leading(textSize));
      float baseline = pen.baseline(box.y(), textSize);
      if (i == 0) {
        pen.text("•", box.x(), baseline, false, textSize, colour);
      }
      pen.text(lines.get(i), box.x() + indent, baseline, false, textSize, colour);
    }
  }

  /** A label and its value side by side; an unset value shows the faint {@code unset} text. */
  void field(String label, String value, String unset) throws IOException {
    boolean set = value != null && !value.isBlank();
    float labelWidth = width() * LABEL_SHARE;
    List<String> labels = TextFit.wrap(label, labelWidth - 6, false, textSize, fonts);
    List<String> values = TextFit.wrap(set ? value : unset, width() - labelWidth, false,
        textSize, fonts);
    int rows = Math.max(labels.size(), values.size());
    for (int i = 0; i < rows; i++) {
      Box box = take(fonts.leading(textSize));
      float baseline = pen.baseline(box.y(), textSize);
      if (i < labels.size()) {
        pen.text(labels.get(i), box.x(), baseline, false, textSize, Colours.MUTED);
      }
      if (i < values.size()) {
        pen.text(values.get(i), box.x() + labelWidth, baseline, false, textSize,
            set ? Colours.INK : Colours.FAINT);
      }
    }
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
