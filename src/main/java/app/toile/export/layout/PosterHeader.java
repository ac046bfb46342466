package app.toile.export.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The canvas page's header as on the printed poster: a small kicker and the canvas title on the
 * left, then four boxed fields (designed for, designed by, date, version), each with its label
 * above its value. An empty field keeps its box, ready to be filled in by hand. The title takes
 * the largest size from {@value #TITLE_SIZE} pt down to {@value #TITLE_FLOOR} pt at which it holds
 * on one line, else on two; the header's height stays bounded whatever the texts.
 */
public final class PosterHeader {
  /** Largest size of the canvas title. */
  public static final float TITLE_SIZE = 21f;
  /** Smallest size of the canvas title: still above the block titles. */
  public static final float TITLE_FLOOR = 14f;
  /** Size of the kicker above the title ("Business Model Canvas"). */
  public static final float KICKER_SIZE = 7.5f;
  /** Size of a field's label. */
  public static final float LABEL_SIZE = 6.5f;
  /** Size of a field's value. */
  public static final float VALUE_SIZE = 9f;
  /** Padding inside a field's box. */
  public static final float FIELD_PADDING = 4f;
  /** Smallest size of a title on one line: below it, two lines read better. */
  static final float ONE_LINE_FLOOR = 16f;
  /** Most lines of a field's value, and of the title. */
  public static final int MOST_LINES = 2;
  /** Share of the header's width the title takes; the four fields share the rest. */
  static final float TITLE_SHARE = 0.44f;
  /** Space between two fields, and between the title and the first field. */
  static final float GAP = 6f;

  /**
   * What the header shows.
   *
   * @param kicker the small line above the title
   * @param title the canvas title
   * @param fields each field's label and value (null or blank when unset), in order
   */
  public record Content(String kicker, String title, List<Field> fields) {
    public Content {
      fields = List.copyOf(fields);
    }
  }

  /**
   * One boxed field.
   *
   * @param label its label ("Designed for")
   * @param value its value, or null
   */
  public record Field(String label, String value) {}

  /**
   * The header laid out.
   *
   * @param kicker the kicker, shortened to the title's width
   * @param kickerBox where the kicker goes
   * @param titleLines the title, on one or two lines
   * @param titleSize its size
   * @param titleBox where the title's lines start
   * @param fields the fields, each in its box
   * @param height the header's height
   */
  public record Plan(String kicker, Box kickerBox, List<String> titleLines, float titleSize,
      Box titleBox, List<PlacedField> fields, float height) {
    public Plan {
      titleLines = List.copyOf(titleLines);
      fields = List.copyOf(fields);
    }
  }

  /**
   * A field in its box.
   *
   * @param box its frame
   * @param label its label, on one line
   * @param valueLines its value, at most {@value #MOST_LINES} lines
   */
  public record PlacedField(Box box, String label, List<String> valueLines) {
    public PlacedField {
      valueLines = List.copyOf(valueLines);
    }
  }

  private PosterHeader() {}

  /** The height of the header's band whatever its texts: the title's two lines or a field box. */
  static float height(TextMeasure measure) {
    return Math.max(fieldHeight(measure), measure.leading(KICKER_SIZE) + MOST_LINES
        * measure.leading(TITLE_FLOOR));
  }

  private static float fieldHeight(TextMeasure measure) {
    return 2 * FIELD_PADDING + measure.leading(LABEL_SIZE) + MOST_LINES
        * measure.leading(VALUE_SIZE);
  }

  /** Lays the header out in {@code band}, whose height is at least {@link #height}. */
  static Plan layout(Content content, Box band, TextMeasure measure) {
    float titleWidth = band.width() * TITLE_SHARE;
    float kickerHeight = measure.leading(KICKER_SIZE);
    String kicker = TextFit.shorten(measure.printable(content.kicker()), titleWidth, true,
        KICKER_SIZE, measure);
    float room = band.height() - kickerHeight + 0.01f;
    float size = TITLE_SIZE;
    List<String> title = TextFit.wrap(content.title(), titleWidth, true, size, measure, 3);
    // One line at a size well above the block titles, else two lines at the largest size that
    // holds them in the band.
    while (size > ONE_LINE_FLOOR && title.size() > 1) {
      size -= 0.5f;
      title = TextFit.wrap(content.title(), titleWidth, true, size, measure, 3);
    }
    while (size > TITLE_FLOOR && (title.size() > 1 && title.size() * measure.leading(size) > room
        || title.size() > MOST_LINES)) {
      size -= 0.5f;
      title = TextFit.wrap(content.title(), titleWidth, true, size, measure, 3);
    }
    title = TextFit.atMost(title, MOST_LINES, titleWidth, true, size, measure);
    float fieldsX = band.x() + titleWidth + GAP;
    int n = Math.max(1, content.fields().size());
    float fieldWidth = (band.right() - fieldsX - (n - 1) * GAP) / n;
    float fieldHeight = fieldHeight(measure);
    float fieldTop = band.bottom() - fieldHeight;
    List<PlacedField> fields = new ArrayList<>();
    for (int i = 0; i < content.fields().size(); i++) {
      Field f = content.fields().get(i);
      Box box = new Box(fieldsX + i * (fieldWidth + GAP), fieldTop, fieldWidth, fieldHeight);
      float inner = fieldWidth - 2 * FIELD_PADDING;
      String label = TextFit.shorten(measure.printable(f.label()), inner, false, LABEL_SIZE,
          measure);
      List<String> value = TextFit.atMost(f.value(), MOST_LINES, inner, false, VALUE_SIZE,
          measure);
      fields.add(new PlacedField(box, label, value));
    }
    float titleHeight = title.size() * measure.leading(size);
    Box titleBox = new Box(band.x(), band.bottom() - titleHeight, titleWidth, titleHeight);
    Box kickerBox = new Box(band.x(), titleBox.y() - kickerHeight, titleWidth, kickerHeight);
    return new Plan(kicker, kickerBox, title, size, titleBox, fields, band.height());
  }
}
