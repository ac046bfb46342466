package app.toile.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/** Exports a canvas to PowerPoint in memory and reads the deck back with POI, for tests. */
final class PptxReader {
  private PptxReader() {}

  /** The deck of a canvas, opened again from its bytes; the caller closes it. */
  static XMLSlideShow export(app.toile.model.Canvas canvas, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PptxExporter.export(canvas, FindingLines.validate(canvas, locale), ExportOptions.of(locale),
        out, null);
    return new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()));
  }

  /** The text shapes of a slide. */
  static List<XSLFTextShape> textShapes(XSLFSlide slide) {
    List<XSLFTextShape> shapes = new ArrayList<>();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape t && !t.getText().isBlank()) {
        shapes.add(t);
      }
    }
    return shapes;
  }

  /** All the text of slides {@code from} to {@code to} (from 1), every kind of space made a single space. */
  static String text(XMLSlideShow show, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (XSLFSlide slide : show.getSlides().subList(from - 1, to)) {
      for (XSLFTextShape t : textShapes(slide)) {
        sb.append(t.getText()).append('\n');
      }
    }
    return words(sb.toString());
  }

  /** The number (from 1) of the first slide whose text holds {@code text}; 0 when none does. */
  static int slideWith(XMLSlideShow show, String text) {
    for (int i = 1; i <= show.getSlides().size(); i++) {
      if (text(show, i, i).contains(words(text))) {
        return i;
      }
    }
    return 0;
  }

  /**
   * The text of the canvas slide and of the slides its blocks continue on: from slide 2 to the
   * slide before the first that holds {@code next} (the strategy's title, a segment's number).
   */
  static String canvasText(XMLSlideShow show, String next) {
    int end = slideWith(show, next);
    return text(show, 2, end > 2 ? end - 1 : show.getSlides().size());
  }

  /** The text with every run of spaces, no-break ones included, made a single space. */
  static String words(String s) {
    return s.replaceAll("[\\s\u00A0\u202F]+", " ");
  }
}
