package app.toile.export;

import app.toile.export.layout.Box;
import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws on one PDF page in the layout's coordinates (points from the top-left corner): the PDF's
 * origin is bottom-left, so every y is flipped here and nowhere else.
 */
final class Pen implements Closeable {
  private final PDPageContentStream out;
  private final PdfFonts fonts;
  private final float pageHeight;

  Pen(PDDocument doc, PDPage page, PdfFonts fonts, boolean append) throws IOException {
    this(doc, page, fonts, append, 1f);
  }

  /**
   * A pen that draws everything {@code scale} times larger: the layout works on a page {@code
   * scale} times smaller than the paper (an A1 poster is laid out as an A4 page, grown by 2√2).
   */
  Pen(PDDocument doc, PDPage page, PdfFonts fonts, boolean append, float scale)
      throws IOException {
    this.out = new PDPageContentStream(doc, page,
        append ? AppendMode.APPEND : AppendMode.OVERWRITE, true, true);
    this.fonts = fonts;
    this.pageHeight = page.getMediaBox().getHeight() / scale;
    if (scale != 1f) {
      out.transform(Matrix.getScaleInstance(scale, scale));
    }
  }

  PdfFonts fonts() {
    return fonts;
  }

  void fill(Box b, Color colour) throws IOException {
    out.setNonStrokingColor(colour);
    out.addRect(b.x(), pageHeight - b.bottom(), b.width(), b.height());
    out.fill();
  }

  void stroke(Box b, Color colour, float lineWidth) throws IOException {
    out.setStrokingColor(colour);
    out.setLineWidth(lineWidth);
    out.addRect(b.x(), pageHeight - b.bottom(), b.width(), b.height());
    out.stroke();
  }

  /** A filled rectangle with rounded corners of radius {@code r}. */
  void rounded(Box b, float r, Color fill) throws IOException {
    float k = 0.5523f * r;
    float x0 = b.x();
    float x1 = b.right();
    float y0 = pageHeight - b.bottom();
    float y1 = pageHeight - b.y();
    out.setNonStrokingColor(fill);
    out.moveTo(x0 + r, y0);
    out.lineTo(x1 - r, y0);
    out.curveTo(x1 - r + k, y0, x1, y0 + r - k, x1, y0 + r);
    out.lineTo(x1, y1 - r);
    out.curveTo(x1, y1 - r + k, x1 - r + k, y1, x1 - r, y1);
    out.lineTo(x0 + r, y1);
    out.curveTo(x0 + r - k, y1, x0, y1 - r + k, x0, y1 - r);
    out.lineTo(x0, y0 + r);
    out.curveTo(x0, y0 + r - k, x0 + r - k, y0, x0 + r, y0);
    out.closePath();
    out.fill();
  }

  /**
   * An icon of the icon font, {@code size} high, its baseline at {@code baseline}: marked as an
   * artifact, so that it is no part of the text a reader selects or a screen reader reads.
   */
  void icon(int codePoint, float x, float baseline, float size, Color colour) throws IOException {
    out.beginMarkedContent(COSName.ARTIFACT);
    out.beginText();
    out.setFont(fonts.icons(), size);
    out.setNonStrokingColor(colour);
    out.newLineAtOffset(x, pageHeight - baseline);
    out.showText(Character.toString(codePoint));
    out.endText();
    out.endMarkedContent();
  }

  /** A filled rectangle with a thin outline a little darker than its fill. */
  void tile(Box b, Color fill) throws IOException {
    fill(b, fill);
    stroke(b, Colours.outline(fill), 0.4f);
  }

  void line(float x1, float y1, float x2, float y2, Color colour, float lineWidth)
      throws IOException {
    out.setStrokingColor(colour);
    out.setLineWidth(lineWidth);
    out.moveTo(x1, pageHeight - y1);
    out.lineTo(x2, pageHeight - y2);
    out.stroke();
  }

  /**
   * One line of text whose baseline is at {@code baseline}; the text must be {@linkplain
   * PdfFonts#printable printable}, and a line break in it is shown as a space.
   */
  void text(String text, float x, float baseline, boolean bold, float size, Color colour)
      throws IOException {
    if (text.isEmpty()) {
      return;
    }
    String s = text.replace('\n', ' ').replace('\r', ' ');
    out.beginText();
    out.setFont(fonts.font(bold), size);
    out.setNonStrokingColor(colour);
    out.newLineAtOffset(x, pageHeight - baseline);
    out.showText(s);
    out.endText();
  }

  /** One line of text ending at {@code right}. */
  void textRight(String s, float right, float baseline, boolean bold, float size, Color colour)
      throws IOException {
    text(s, right - fonts.width(s, bold, size), baseline, bold, size, colour);
  }

  /** Lines of text from {@code top} down, one leading apart; returns the y below the last one. */
  float lines(List<String> lines, float x, float top, boolean bold, float size, Color colour)
      throws IOException {
    float leading = fonts.leading(size);
    float y = top;
    for (String line : lines) {
      text(line, x, baseline(y, size), bold, size, colour);
      y += leading;
    }
    return y;
  }

  /** The baseline of a line whose box starts at {@code top}: ascent plus half the line gap. */
  float baseline(float top, float size) {
    return top + size * 0.9f + (fonts.leading(size) - size) / 2;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
