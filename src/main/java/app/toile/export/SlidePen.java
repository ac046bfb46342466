package app.toile.export;

import app.toile.export.layout.Box;
import app.toile.export.layout.TextMeasure;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.LineDecoration;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Draws on one slide: filled shapes and text boxes whose lines were wrapped by the layout. Text
 * is set in Arial, found on Windows and macOS and replaced on Linux by Liberation Sans, which has
 * the same metrics and is what the layout measured with. Lines are kept as the layout wrapped
 * them (line breaks inside one paragraph) with a fixed line spacing, so every renderer gives the
 * text the height the layout planned; a little slack on the right keeps renderers from wrapping
 * a line again.
 */
final class SlidePen {
  /** The font named in the file. */
  static final String FONT = "Arial";
  /** Room on the right of a text box beyond the width the layout wrapped to. */
  static final float SLACK = 3f;

  private final XSLFSlide slide;
  private final TextMeasure measure;
  private final String language;

  /**
   * @param language the language of every run of text, as a tag ({@code fr-FR}): spelling
   *     checkers and screen readers go by it
   */
  SlidePen(XSLFSlide slide, TextMeasure measure, String language) {
    this.slide = slide;
    this.measure = measure;
    this.language = language;
  }

  TextMeasure measure() {
    return measure;
  }

  /** A rectangle filled with {@code fill}, outlined with {@code line} unless it is null. */
  XSLFAutoShape rect(Box box, Color fill, Color line, float lineWidth) {
    XSLFAutoShape shape = slide.createAutoShape();
    shape.setShapeType(ShapeType.RECT);
    shape.setAnchor(anchor(box));
    shape.setFillColor(fill);
    if (line != null) {
      shape.setLineColor(line);
      shape.setLineWidth(lineWidth);
    }
    return shape;
  }

  /** A straight line, with an arrow head at its end when {@code arrow}. */
  void line(float x1, float y1, float x2, float y2, Color colour, float width, boolean arrow) {
    XSLFConnectorShape line = slide.createConnector();
    line.setAnchor(new Rectangle2D.Double(Math.min(x1, x2), Math.min(y1, y2),
        Math.abs(x2 - x1), Math.abs(y2 - y1)));
    line.setLineColor(colour);
    line.setLineWidth(width);
    if (arrow) {
      line.setLineTailDecoration(LineDecoration.DecorationShape.TRIANGLE);
    }
  }

  /**
   * A text box at {@code box} holding {@code lines} as one paragraph; nothing when there are no
   * lines.
   */
  XSLFTextShape text(Box box, List<String> lines, boolean bold, float size, Color colour,
      TextAlign align) {
    if (lines.isEmpty()) {
      return null;
    }
    XSLFTextShape shape = slide.createTextBox();
    float left = align == TextAlign.RIGHT ? box.x() - SLACK : box.x();
    shape.setAnchor(anchor(new Box(left, box.y(), box.width() + SLACK, box.height())));
    frame(shape, 0, 0);
    paragraph(shape, lines, bold, size, colour, align);
    return shape;
  }

  /**
   * A filled rectangle holding text, so that the text moves with its shape when edited:
   * {@code inset} points of padding, the first paragraph {@code indent} points from the left.
   */
  XSLFAutoShape note(Box box, Color fill, float inset, List<List<String>> paragraphs,
      List<Boolean> bold, float indent, float size, List<Color> colours) {
    XSLFAutoShape shape = rect(box, fill, null, 0);
    frame(shape, inset, inset - SLACK);
    boolean first = true;
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).isEmpty()) {
        continue;
      }
      XSLFTextParagraph p = paragraph(shape, paragraphs.get(i), bold.get(i), size, colours.get(i),
          TextAlign.LEFT);
      if (first && indent > 0) {
        p.setLeftMargin((double) indent);
      }
      first = false;
    }
    return shape;
  }

  private static void frame(XSLFTextShape shape, float inset, float rightInset) {
    shape.clearText();
    shape.setInsets(new Insets2D(inset, inset, inset, Math.max(0, rightInset)));
    shape.setWordWrap(true);
    shape.setTextAutofit(TextAutofit.NONE);
    shape.setVerticalAlignment(VerticalAlignment.TOP);
  }

  private XSLFTextParagraph paragraph(XSLFTextShape shape, List<String> lines, boolean bold,
      float size, Color colour, TextAlign align) {
    XSLFTextParagraph p = shape.addNewTextParagraph();
    p.setTextAlign(align);
    p.setLineSpacing((double) -measure.leading(size));
    p.setSpaceBefore(0d);
    p.setSpaceAfter(0d);
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        style(p.addLineBreak(), bold, size, colour);
      }
      XSLFTextRun run = p.addNewTextRun();
      run.setText(lines.get(i));
      style(run, bold, size, colour);
    }
    return p;
  }

  private void style(XSLFTextRun run, boolean bold, float size, Color colour) {
    run.getRPr(true).setLang(language);
    run.setFontFamily(FONT);
    run.setFontSize((double) size);
    run.setBold(bold);
    run.setFontColor(colour);
  }

  private static Rectangle2D anchor(Box box) {
    return new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height());
  }
}
