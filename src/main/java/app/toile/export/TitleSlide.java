package app.toile.export;

import app.toile.export.layout.Box;
import app.toile.export.layout.PageFrame;
import app.toile.export.layout.TextFit;
import app.toile.export.layout.TextMeasure;
import java.util.List;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;

/**
 * The first slide: the canvas title, large, under the words "Business Model Canvas", then who it
 * is designed for and by, its date and version, each on its own line. A long title shrinks down
 * to {@value #TITLE_MIN} pt, and beyond that ends in "…" after {@value #TITLE_LINES} lines; the
 * facts shrink to {@value #FACT_MIN} pt when long. The canvas slide repeats them all.
 */
final class TitleSlide {
  private static final float TITLE_MAX = 40f;
  private static final float TITLE_MIN = 24f;
  private static final int TITLE_LINES = 3;
  private static final float KICKER_SIZE = 16f;
  private static final float FACT_SIZE = 16f;
  private static final float FACT_MIN = 10f;
  private static final float ATTRIBUTION_SIZE = 9f;
  private static final float LEFT = 96f;

  private TitleSlide() {}

  static void write(SlideDeck deck, String title, List<String> facts, String kicker,
      String attribution) {
    TextMeasure m = deck.measure();
    SlidePen pen = deck.newSlide();
    float width = SlideDeck.WIDTH - 2 * LEFT;
    pen.rect(new Box(0, 0, 24, SlideDeck.HEIGHT), Colours.ACCENT, null, 0);
    float size = TITLE_MAX;
    // One line more than is shown tells whether the title is longer: no size wraps it all.
    List<String> lines = TextFit.wrap(title, width, true, size, m, TITLE_LINES + 1);
    while (lines.size() > TITLE_LINES && size > TITLE_MIN) {
      size -= 2;
      lines = TextFit.wrap(title, width, true, size, m, TITLE_LINES + 1);
    }
    lines = TextFit.atMost(lines, TITLE_LINES, width, true, size, m);
    float y = 150f;
    pen.text(new Box(LEFT, y, width, m.leading(KICKER_SIZE)),
        List.of(m.printable(kicker)), true, KICKER_SIZE, Colours.ACCENT, TextAlign.LEFT);
    y += m.leading(KICKER_SIZE) + 8;
    float titleHeight = lines.size() * m.leading(size);
    pen.text(new Box(LEFT, y, width, titleHeight), lines, true, size, Colours.INK,
        TextAlign.LEFT);
    y += titleHeight + 12;
    pen.line(LEFT, y, LEFT + 120, y, Colours.ACCENT, 2f, false);
    y += 16;
    float limit = SlideDeck.HEIGHT - PageFrame.MARGIN - 2 * m.leading(ATTRIBUTION_SIZE);
    float factSize = FACT_SIZE;
    float room = limit - y;
    while (factSize > FACT_MIN && factsHeight(facts, width, factSize, m, room) > room) {
      factSize -= 1;
    }
    for (String fact : facts) {
      List<String> factLines =
          TextFit.wrap(fact, width, false, factSize, m, mostLines(limit - y, factSize, m));
      float h = factLines.size() * m.leading(factSize);
      if (y + h > limit) {
        break;
      }
      pen.text(new Box(LEFT, y, width, h), factLines, false, factSize, Colours.MUTED,
          TextAlign.LEFT);
      y += h + 4;
    }
    float bottom = SlideDeck.HEIGHT - PageFrame.MARGIN - m.leading(ATTRIBUTION_SIZE);
    pen.text(new Box(LEFT, bottom, width, m.leading(ATTRIBUTION_SIZE)),
        TextFit.atMost(TextFit.wrap(attribution, width, false, ATTRIBUTION_SIZE, m), 1, width,
            false, ATTRIBUTION_SIZE, m), false, ATTRIBUTION_SIZE, Colours.FAINT, TextAlign.LEFT);
  }

  /**
   * The height of the facts at a size; a fact is wrapped no further than shows it taller than
   * {@code room}, which is all the caller asks.
   */
  private static float factsHeight(List<String> facts, float width, float size, TextMeasure m,
      float room) {
    float h = 0;
    for (String fact : facts) {
      h += TextFit.wrap(fact, width, false, size, m, mostLines(room, size, m)).size()
          * m.leading(size) + 4;
    }
    return h;
  }

  /** More lines than {@code room} holds at this size. */
  private static int mostLines(float room, float size, TextMeasure m) {
    return Math.max(0, (int) (room / m.leading(size))) + 2;
  }
}
