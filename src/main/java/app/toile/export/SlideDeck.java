package app.toile.export;

import app.toile.export.layout.Box;
import app.toile.export.layout.FlowLayout;
import app.toile.export.layout.PageFrame;
import app.toile.export.layout.TextFit;
import app.toile.export.layout.TextMeasure;
import java.awt.Dimension;
import java.util.List;
import java.util.Objects;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * The slides of an export, 16:9 (13.33 × 7.5 inches): new slides with a titled header, and flows
 * of text laid out in columns over as many slides as they need, and a footer on every slide but
 * the first.
 */
final class SlideDeck {
  /** Slide width in points. */
  static final float WIDTH = 960f;
  /** Slide height in points. */
  static final float HEIGHT = 540f;
  /** Size of a slide's title. */
  static final float TITLE_SIZE = 24f;
  /** Size of the subtitle under it. */
  static final float SUBTITLE_SIZE = 12f;
  /** Largest size of a flow's text: what slides usually use. */
  static final float TEXT_MAX = 14f;
  /** Smallest size of a flow's text, still readable on a screen; below, it continues. */
  static final float TEXT_MIN = 10f;
  private static final float FOOTER_SIZE = 8f;
  /** Size of a footer's title when it takes two lines. */
  private static final float FOOTER_SMALL = 7f;
  private static final float FOOTER_GAP = 18f;
  /** Space between two columns of a flow. */
  static final float COLUMN_GAP = 36f;
  /** Space under the subtitle, with a rule in its middle. */
  private static final float HEADER_GAP = 16f;

  private final XMLSlideShow show;
  private final TextMeasure measure;
  private final String language;
  /** The header last wrapped: continuation slides repeat it, and need not wrap it again. */
  private Header lastHeader;

  /**
   * @param language the language of the deck's text, as a tag ({@code en-US}, {@code fr-FR})
   */
  SlideDeck(XMLSlideShow show, TextMeasure measure, String language) {
    this.show = show;
    this.measure = measure;
    this.language = language;
    show.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
  }

  TextMeasure measure() {
    return measure;
  }

  /** Number of slides so far. */
  int count() {
    return show.getSlides().size();
  }

  /** A new blank slide. */
  SlidePen newSlide() {
    return new SlidePen(show.createSlide(), measure, language);
  }

  /**
   * A new slide headed by a title (after a chip of colour {@code chipHex} when set, at most two
   * lines) and a subtitle; returns the slide's frame, whose body is what is left.
   */
  PageFrame headed(SlidePen pen, String title, String chipHex, String subtitle) {
    Header h = header(title, chipHex, subtitle);
    PageFrame frame = PageFrame.of(WIDTH, HEIGHT, h.height());
    Box header = frame.header();
    float titleHeight = h.titleLines().size() * measure.leading(TITLE_SIZE);
    if (h.chip() > 0) {
      float top = header.y() + (measure.leading(TITLE_SIZE) - h.chip()) / 2;
      pen.rect(new Box(header.x(), top, h.chip(), h.chip()),
          Colours.parse(chipHex, Colours.FAINT), null, 0);
    }
    Box text = new Box(header.x() + h.indent(), header.y(), h.width(), header.height());
    pen.text(text.top(titleHeight), h.titleLines(), true, TITLE_SIZE, Colours.INK,
        TextAlign.LEFT);
    pen.text(text.below(titleHeight), h.subtitleLines(), false, SUBTITLE_SIZE, Colours.MUTED,
        TextAlign.LEFT);
    float rule = header.bottom() - HEADER_GAP / 2;
    pen.line(header.x(), rule, header.right(), rule, Colours.RULE, 0.8f, false);
    return frame;
  }

  /** A slide's header, wrapped. */
  private record Header(String title, String chipHex, String subtitle, float chip, float indent,
      float width, List<String> titleLines, List<String> subtitleLines, float height) {

    boolean isFor(String aTitle, String aChipHex, String aSubtitle) {
      return Objects.equals(title, aTitle) && Objects.equals(chipHex, aChipHex)
          && Objects.equals(subtitle, aSubtitle);
    }
  }

  private Header header(String title, String chipHex, String subtitle) {
    if (lastHeader != null && lastHeader.isFor(title, chipHex, subtitle)) {
      return lastHeader;
    }
    float chip = chipHex == null ? 0 : TITLE_SIZE * 0.8f;
    float indent = chip == 0 ? 0 : chip + 10;
    float width = WIDTH - 2 * PageFrame.MARGIN - indent;
    List<String> titleLines = TextFit.atMost(title, 2, width, true, TITLE_SIZE, measure);
    List<String> subtitleLines = subtitle == null ? List.of()
        : TextFit.atMost(subtitle, 1, width, false, SUBTITLE_SIZE, measure);
    float height = titleLines.size() * measure.leading(TITLE_SIZE)
        + subtitleLines.size() * measure.leading(SUBTITLE_SIZE) + HEADER_GAP;
    lastHeader = new Header(title, chipHex, subtitle, chip, indent, width, titleLines,
        subtitleLines, height);
    return lastHeader;
  }

  /**
   * Lays out the items in two columns in {@code area} and draws them, on the slide given and as
   * many continuation slides as they need, each headed by {@code continuedTitle}.
   */
  void flow(SlidePen first, Box area, String chipHex, String continuedTitle,
      String subtitle, List<FlowLayout.Item> items) {
    flow(first, area, 2, chipHex, continuedTitle, subtitle, items);
  }

  /** The same in {@code columns} columns. */
  void flow(SlidePen first, Box area, int columns, String chipHex, String continuedTitle,
      String subtitle, List<FlowLayout.Item> items) {
    PageFrame rest =
        PageFrame.of(WIDTH, HEIGHT, header(continuedTitle, chipHex, subtitle).height());
    FlowLayout.Result result = new FlowLayout(area, rest.body(), columns, COLUMN_GAP, measure)
        .layout(items, TEXT_MAX, TEXT_MIN);
    SlidePen pen = first;
    for (int i = 0; i < result.pages().size(); i++) {
      if (i > 0) {
        pen = newSlide();
        headed(pen, continuedTitle, chipHex, subtitle);
      }
      new FlowPainter(pen).draw(result.pages().get(i));
    }
  }

  /**
   * Writes the footer of every slide but the title slide: the canvas title on the left, the
   * attribution and the slide number on the right. The title takes all the room they leave, on
   * two smaller lines when one is not enough, so that a long title is read whole.
   */
  void footers(String title, String attribution, SlideNumber number) {
    Box footer = PageFrame.of(WIDTH, HEIGHT, 0).footer();
    List<XSLFSlide> slides = show.getSlides();
    String widest = measure.printable(number.of(slides.size(), slides.size()));
    float numberWidth = measure.width(widest, false, FOOTER_SIZE) + 4;
    String credit = measure.printable(attribution);
    float creditWidth = measure.width(credit, false, FOOTER_SIZE) + 4;
    Box right = new Box(footer.right() - numberWidth, footer.y(), numberWidth, footer.height());
    Box middle = new Box(right.x() - FOOTER_GAP - creditWidth, footer.y(), creditWidth,
        footer.height());
    float room = middle.x() - FOOTER_GAP - footer.x();
    // The same on every slide: wrapped once, however long the title.
    float size = FOOTER_SIZE;
    List<String> titleLines = TextFit.wrap(title, room, false, size, measure, 2);
    if (titleLines.size() > 1) {
      size = FOOTER_SMALL;
      titleLines = TextFit.atMost(title, 2, room, false, size, measure);
    }
    float titleHeight = titleLines.size() * measure.leading(size);
    // One line sits on the others' line; two end where the footer ends.
    Box left = titleLines.size() == 1 ? new Box(footer.x(), footer.y(), room, footer.height())
        : new Box(footer.x(), footer.bottom() - titleHeight, room, titleHeight);
    for (int i = 1; i < slides.size(); i++) {
      SlidePen pen = new SlidePen(slides.get(i), measure, language);
      pen.text(left, titleLines, false, size, Colours.FAINT, TextAlign.LEFT);
      pen.text(middle, List.of(credit), false, FOOTER_SIZE, Colours.FAINT, TextAlign.LEFT);
      pen.text(right, List.of(measure.printable(number.of(i + 1, slides.size()))), false,
          FOOTER_SIZE, Colours.FAINT, TextAlign.RIGHT);
    }
  }

  /** Words "slide n of m". */
  interface SlideNumber {
    String of(int n, int total);
  }
}
