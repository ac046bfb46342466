package app.toile.session;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Header;
import app.toile.model.Note;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds a text in a canvas as a reader would: case and accents aside ("ecole" finds "École"),
 * ligatures spelt out ("coeur" finds "cœur"), any run of spaces (no-break ones included) as one.
 * Looks at the header's fields, each segment's name, description and need, and each note's text;
 * the hits come in reading order: the header, then the blocks from left to right and top to
 * bottom.
 */
public final class CanvasSearch {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
  /** The blocks as a reader goes through them: the top row left to right, then the bottom row. */
  private static final List<Block> READING = readingOrder();

  private CanvasSearch() {}

  /** The places whose text holds {@code query}; none for a blank query. */
  public static List<SearchHit> find(Canvas canvas, String query) {
    String wanted = fold(query).strip();
    List<SearchHit> hits = new ArrayList<>();
    if (wanted.isEmpty()) {
      return hits;
    }
    Header h = canvas.header();
    header(hits, wanted, "title", h.title());
    header(hits, wanted, "designedFor", h.designedFor());
    header(hits, wanted, "designedBy", h.designedBy());
    header(hits, wanted, "version", h.version());
    for (Block b : READING) {
      if (b == Block.CUSTOMER_SEGMENTS) {
        for (CustomerSegment s : canvas.segments()) {
          if (holds(s.name(), wanted) || holds(s.description(), wanted) || holds(s.need(), wanted)) {
            hits.add(new SearchHit(SearchHit.Kind.SEGMENT, s.id(), b));
          }
        }
      } else {
        for (Note n : canvas.notes(b)) {
          if (holds(n.text(), wanted)) {
            hits.add(new SearchHit(SearchHit.Kind.NOTE, n.id(), b));
          }
        }
      }
    }
    return hits;
  }

  /**
   * The form texts are compared in: decomposed, without accents, ligatures spelt out, lower case,
   * every run of spaces one space.
   */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
        .replace("ß", "ss").replace("ø", "o").replace("Ø", "O");
    return SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  private static List<Block> readingOrder() {
    List<Block> all = new ArrayList<>(List.of(Block.values()));
    all.sort(Comparator.<Block>comparingInt(b -> b.area().y() >= 0.75 ? 1 : 0)
        .thenComparingDouble(b -> b.area().x()).thenComparingDouble(b -> b.area().y()));
    return List.copyOf(all);
  }

  private static void header(List<SearchHit> hits, String wanted, String field, String text) {
    if (holds(text, wanted)) {
      hits.add(new SearchHit(SearchHit.Kind.HEADER, field, null));
    }
  }

  private static boolean holds(String text, String wanted) {
    return text != null && fold(text).contains(wanted);
  }
}
