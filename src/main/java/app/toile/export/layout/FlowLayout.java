package app.toile.export.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lays out a flow of headings, paragraphs, bullets and score bars in columns, on as few pages as
 * it can: the text starts at the largest size and shrinks in half points until everything fits on
 * one page; at the smallest size what still does not fit continues on further pages, line by line,
 * so nothing is cut. A heading (or a bold line) is never left alone at the bottom of a column.
 */
public final class FlowLayout {
  /** Size of a heading relative to the text. */
  public static final float HEADING_SCALE = 1.15f;
  /** Indent of a bullet's text, relative to the size. */
  public static final float BULLET_INDENT = 1.1f;
  /** Share of a column's width given to a bar's label. */
  public static final float BAR_LABEL_SHARE = 0.5f;
  /** Space after a paragraph, relative to the size. */
  private static final float TEXT_GAP = 0.35f;
  /** Space after a bar, relative to the size. */
  private static final float BAR_GAP = 0.2f;

  private final Box first;
  private final Box rest;
  private final int columnCount;
  private final float gap;
  private final TextMeasure measure;

  /**
   * @param first the area of the first page
   * @param rest the area of each continuation page
   * @param columnCount columns per page
   * @param gap space between columns
   * @param measure font metrics
   */
  public FlowLayout(Box first, Box rest, int columnCount, float gap, TextMeasure measure) {
    this.first = first;
    this.rest = rest;
    this.columnCount = columnCount;
    this.gap = gap;
    this.measure = measure;
  }

  /** The kinds of things in a flow. */
  public enum Kind { HEADING, TEXT, BULLET, BAR }

  /**
   * One thing in the flow.
   *
   * @param kind what it is
   * @param text its text; for a bar, the label
   * @param bold whether plain text is bold
   * @param value for a bar, its value from 0 to {@code max}, or null when unset
   * @param valueText for a bar, the value as printed ("4/5")
   */
  public record Item(Kind kind, String text, boolean bold, Integer value, String valueText) {

    public static Item heading(String text) {
      return new Item(Kind.HEADING, text, true, null, null);
    }

    public static Item text(String text, boolean bold) {
      return new Item(Kind.TEXT, text, bold, null, null);
    }

    public static Item bullet(String text) {
      return new Item(Kind.BULLET, text, false, null, null);
    }

    public static Item bar(String label, Integer value, String valueText) {
      return new Item(Kind.BAR, label, false, value, valueText);
    }
  }

  /**
   * Lines of one item that landed in one column: a whole paragraph, or the part of it that fits.
   *
   * @param item the item
   * @param box where the lines go
   * @param lines the lines, wrapped
   * @param size font size of the lines
   * @param continues whether it continues an item begun in an earlier column (no bullet mark)
   */
  public record Placed(Item item, Box box, List<String> lines, float size, boolean continues) {

    public Placed {
      lines = List.copyOf(lines);
    }
  }

  /**
   * The flow on pages, each a list of placed parts.
   *
   * @param size the text size all pages use
   * @param pages the pages, at least one
   */
  public record Result(float size, List<List<Placed>> pages) {

    public Result {
      pages = pages.stream().map(List::copyOf).toList();
    }
  }

  /**
   * Lays out the items, from {@code maxSize} down to {@code minSize}. A size that needs a second
   * page is given up as soon as it does, and an item with more lines than a page holds is not
   * wrapped past them, so trying the larger sizes costs a page of text each, not the whole flow.
   */
  public Result layout(List<Item> items, float maxSize, float minSize) {
    for (float size = maxSize; size > minSize; size -= 0.5f) {
      int most = new Columns(first, columnCount, gap, 0).mostLines(measure.leading(size));
      List<List<Placed>> pages = place(items, size, most);
      if (pages != null) {
        return new Result(size, pages);
      }
    }
    return new Result(minSize, place(items, minSize, Integer.MAX_VALUE));
  }

  /**
   * The items placed on pages at this size; with {@code most} lines or fewer a page, null as soon
   * as they need a second page.
   */
  private List<List<Placed>> place(List<Item> items, float size, int most) {
    boolean onePage = most != Integer.MAX_VALUE;
    Wrapped wrapped = new Wrapped(items, size, onePage ? most + 1 : most);
    List<List<Placed>> pages = new ArrayList<>();
    pages.add(new ArrayList<>());
    Columns columns = new Columns(first, columnCount, gap, 0);
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      float itemSize = item.kind() == Kind.HEADING ? size * HEADING_SCALE : size;
      float leading = measure.leading(itemSize);
      List<String> lines = wrapped.lines(i, columns.width());
      if (lines.size() > most) {
        return null;
      }
      if (lines.isEmpty()) {
        continue;
      }
      if (item.kind() == Kind.HEADING && !columns.atTop()) {
        columns.take(Math.min(columns.remaining(), size * 0.6f));
      }
      float needed = needed(items, i, lines.size() * leading, columns.width(), size, wrapped);
      int next = 0;
      boolean continues = false;
      while (next < lines.size()) {
        if (columns.remaining() + 0.01f < needed && !columns.atTop()) {
          if (!columns.nextColumn()) {
            if (onePage) {
              return null;
            }
            pages.add(new ArrayList<>());
            columns = new Columns(rest, columnCount, gap, 0);
          }
          needed = leading;
          continue;
        }
        int fit = Math.min(lines.size() - next,
            Math.max(1, (int) ((columns.remaining() + 0.01f) / leading)));
        Box box = columns.take(Math.min(fit * leading, columns.remaining()));
        pages.get(pages.size() - 1).add(new Placed(item, box, lines.subList(next, next + fit),
            itemSize, continues));
        next += fit;
        continues = true;
        needed = leading;
      }
      float after = switch (item.kind()) {
        case HEADING -> 2;
        case BAR -> size * BAR_GAP;
        default -> size * TEXT_GAP;
      };
      columns.take(Math.min(columns.remaining(), after));
    }
    return pages;
  }

  /**
   * The room item {@code i} needs at the bottom of a column to start there rather than in the
   * next: a heading, or a bold line that heads what follows, keeps the next line with it, and a
   * heading over bars or a bar keeps the bars that follow, so a chart is not split.
   */
  private float needed(List<Item> items, int i, float height, float width, float size,
      Wrapped wrapped) {
    Item item = items.get(i);
    float line = measure.leading(size);
    float bars = 0;
    for (int j = i + 1; j < items.size() && items.get(j).kind() == Kind.BAR; j++) {
      bars += wrapped.lines(j, width).size() * line + size * BAR_GAP;
    }
    if (item.kind() == Kind.BAR || item.kind() == Kind.HEADING && bars > 0) {
      return height + bars;
    }
    boolean heads = item.kind() == Kind.HEADING || item.kind() == Kind.TEXT && item.bold();
    return heads ? height + line : line;
  }

  /**
   * The items' lines at one size, each item wrapped once for a column width, at most {@code most}
   * lines of it: a heading and each bar of a chart look ahead at the bars below them, which were
   * wrapped again at each look.
   */
  private final class Wrapped {
    private final List<Item> items;
    private final float size;
    private final int most;
    private final List<List<String>> lines;
    private final float[] widths;

    Wrapped(List<Item> items, float size, int most) {
      this.items = items;
      this.size = size;
      this.most = most;
      this.lines = new ArrayList<>(Collections.nCopies(items.size(), null));
      this.widths = new float[items.size()];
    }

    /** Item {@code i}'s lines in a column this wide. */
    List<String> lines(int i, float width) {
      if (lines.get(i) == null || widths[i] != width) {
        lines.set(i, wrap(items.get(i), width));
        widths[i] = width;
      }
      return lines.get(i);
    }

    private List<String> wrap(Item item, float width) {
      String text = item.text();
      return switch (item.kind()) {
        case HEADING -> TextFit.wrap(text, width, true, size * HEADING_SCALE, measure, most);
        case TEXT -> TextFit.wrap(text, width, item.bold(), size, measure, most);
        case BULLET ->
            TextFit.wrap(text, width - size * BULLET_INDENT, false, size, measure, most);
        case BAR ->
            TextFit.wrap(text, width * BAR_LABEL_SHARE - size, false, size, measure, most);
      };
    }
  }
}
