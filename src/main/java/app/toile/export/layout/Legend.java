package app.toile.export.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The key to the chips of a page: each segment's chip (its tag in its colour) followed by its
 * name, in rows under a label, so that a reader who cannot tell the colours apart, or has the page
 * without the Customer Segments block, still knows which segment a note serves. A name too long
 * for a row is wrapped, never cut.
 */
public final class Legend {
  /** Font size of the names. */
  public static final float SIZE = 7.5f;
  /** Space between two entries on a row. */
  static final float ENTRY_GAP = 12f;
  /** Space above the legend. */
  public static final float SPACING = 5f;

  /**
   * One segment in the legend.
   *
   * @param chip its chip
   * @param name its name
   */
  public record Entry(Chip chip, String name) {}

  /**
   * An entry laid out.
   *
   * @param chip the chip
   * @param chipBox where the chip goes
   * @param nameLines the name, wrapped
   * @param nameBox where the name's lines start
   */
  public record PlacedEntry(Chip chip, Box chipBox, List<String> nameLines, Box nameBox) {
    public PlacedEntry {
      nameLines = List.copyOf(nameLines);
    }
  }

  /**
   * The legend laid out.
   *
   * @param label the label before the entries ("Segments:"), shortened to fit
   * @param labelBox where it goes
   * @param entries the entries, in order
   * @param height the legend's height, with the space above it; 0 when it has no entry
   */
  public record Plan(String label, Box labelBox, List<PlacedEntry> entries, float height) {
    public Plan {
      entries = List.copyOf(entries);
    }

    /** A page with no chips: no legend. */
    public static final Plan NONE = new Plan("", new Box(0, 0, 0, 0), List.of(), 0);

    /** The same legend moved down by {@code dy}. */
    Plan moved(float dy) {
      List<PlacedEntry> moved = new ArrayList<>();
      for (PlacedEntry e : entries) {
        moved.add(new PlacedEntry(e.chip(), down(e.chipBox(), dy), e.nameLines(),
            down(e.nameBox(), dy)));
      }
      return new Plan(label, down(labelBox, dy), moved, height);
    }

    private static Box down(Box b, float dy) {
      return new Box(b.x(), b.y() + dy, b.width(), b.height());
    }
  }

  private Legend() {}

  /**
   * The legend laid out across the page's {@code body}, from its top, if it leaves the page's
   * content its room: at most half the body. A canvas of some hundreds of segments has a key
   * taller than the page; that page then goes without it ({@link Plan#NONE}), its chips still in
   * their colours and tags, the segments listed on their own pages.
   */
  public static Plan within(String label, List<Entry> entries, Box body, TextMeasure measure) {
    Plan key = layout(label, entries, body.x(), 0, body.width(), measure);
    return key.height() <= body.height() / 2 ? key : Plan.NONE;
  }

  /**
   * Lays out the entries in rows {@code width} wide from {@code (x, top + SPACING)}; the label
   * comes first on the first row.
   */
  public static Plan layout(String label, List<Entry> entries, float x, float top, float width,
      TextMeasure measure) {
    if (entries.isEmpty()) {
      return Plan.NONE;
    }
    float leading = measure.leading(SIZE);
    float y = top + SPACING;
    String shownLabel = TextFit.shorten(measure.printable(label), width / 3, true, SIZE, measure);
    float labelWidth = measure.width(shownLabel, true, SIZE);
    Box labelBox = new Box(x, y, labelWidth, leading);
    float left = x + labelWidth + ENTRY_GAP * 0.6f;
    float right = x + width;
    float cx = left;
    float rowHeight = leading;
    List<PlacedEntry> placed = new ArrayList<>();
    for (Entry e : entries) {
      float chipWidth = CardFlow.chipWidth(e.chip(), SIZE, measure);
      float nameX = chipWidth + SIZE * 0.4f;
      String name = measure.printable(e.name());
      float nameWidth = measure.width(name.replace('\n', ' '), false, SIZE);
      if (cx > left && cx + nameX + nameWidth > right) {
        cx = left;
        y += rowHeight;
        rowHeight = leading;
      }
      List<String> lines = TextFit.wrap(e.name(), right - cx - nameX, false, SIZE, measure);
      if (lines.isEmpty()) {
        lines = List.of("");
      }
      float widest = 0;
      for (String line : lines) {
        widest = Math.max(widest, measure.width(line, false, SIZE));
      }
      float chipSize = CardFlow.chipSize(SIZE);
      Box chipBox = new Box(cx, y + (leading - chipSize) / 2, chipWidth, chipSize);
      Box nameBox = new Box(cx + nameX, y, widest, lines.size() * leading);
      placed.add(new PlacedEntry(e.chip(), chipBox, lines, nameBox));
      rowHeight = Math.max(rowHeight, lines.size() * leading);
      cx += nameX + widest + ENTRY_GAP;
    }
    float height = y + rowHeight - top;
    return new Plan(shownLabel, labelBox, placed, height);
  }
}
