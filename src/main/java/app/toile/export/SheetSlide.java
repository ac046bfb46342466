package app.toile.export;

import app.toile.export.layout.Box;
import app.toile.export.layout.FlowLayout.Item;
import app.toile.export.layout.PageFrame;
import app.toile.export.layout.TextFit;
import app.toile.export.layout.TextMeasure;
import app.toile.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;

/**
 * Draws a presentation {@link Sheet} on slides, as its PDF page shows it: the title after a chip
 * of the segment's colour, the key figures large in tiles across the slide, then the parts in two
 * columns, continued on further slides when they do not fit at the smallest readable size.
 */
final class SheetSlide {
  private static final float FIGURE_SIZE = 26f;
  private static final float FIGURE_LABEL_SIZE = 11f;
  private static final float GAP = 14f;
  private static final float PAD = 10f;

  private final SlideDeck deck;
  private final Texts texts;
  private final TextMeasure measure;

  SheetSlide(SlideDeck deck, Texts texts) {
    this.deck = deck;
    this.texts = texts;
    this.measure = deck.measure();
  }

  /** Adds the slides of a sheet. */
  void write(Sheet sheet) {
    SlidePen pen = deck.newSlide();
    PageFrame frame = deck.headed(pen, sheet.title(), sheet.chip(), sheet.subtitle());
    Box body = frame.body();
    if (!sheet.figures().isEmpty()) {
      float height = figures(pen, body, sheet.figures());
      body = body.below(height + GAP);
    }
    String continued = texts.get("continued", sheet.title());
    List<Sheet.Part> parts = sheet.parts();
    int split = 1;
    while (split < parts.size() && !parts.get(split).opensColumn()) {
      split++;
    }
    if (split >= parts.size()) {
      deck.flow(pen, body, sheet.chip(), continued, sheet.subtitle(), items(parts));
      return;
    }
    // A part that opens a column of its own starts the right half, beside those before it.
    float half = (body.width() - SlideDeck.COLUMN_GAP) / 2;
    deck.flow(pen, new Box(body.x(), body.y(), half, body.height()), 1, sheet.chip(), continued,
        sheet.subtitle(), items(parts.subList(0, split)));
    deck.flow(pen, new Box(body.right() - half, body.y(), half, body.height()), 1, sheet.chip(),
        continued, sheet.subtitle(), items(parts.subList(split, parts.size())));
  }

  /** Parts as a flow: facts read "label: value", the need in bold. */
  private List<Item> items(List<Sheet.Part> parts) {
    List<Item> items = new ArrayList<>();
    for (Sheet.Part part : parts) {
      items.add(Item.heading(part.heading()));
      for (Sheet.Line line : part.lines()) {
        items.add(switch (line.kind()) {
          case TEXT -> Item.text(line.text(), false);
          case EMPHASIS -> Item.text(line.text(), true);
          case FACT -> Item.text(texts.get("fact", line.label(), line.text()), false);
          case BULLET -> Item.bullet(line.text());
          case BAR -> Item.bar(line.label(), line.score(), line.text());
        });
      }
    }
    return items;
  }

  /** The figures in tiles of equal width across the top; returns their height. */
  private float figures(SlidePen pen, Box body, List<Sheet.Figure> figures) {
    int per = SheetPage.FIGURES_PER_ROW;
    float width = (body.width() - (per - 1) * GAP) / per;
    float inner = width - 2 * PAD;
    int labelLines = Sheet.Figure.labelLines(figures, inner, FIGURE_LABEL_SIZE, measure);
    float height = 2 * PAD + measure.leading(FIGURE_SIZE)
        + labelLines * measure.leading(FIGURE_LABEL_SIZE);
    for (int i = 0; i < Math.min(per, figures.size()); i++) {
      Sheet.Figure f = figures.get(i);
      Box tile = new Box(body.x() + i * (width + GAP), body.y(), width, height);
      pen.rect(tile, Colours.CARD, Colours.RULE, 0.5f);
      pen.rect(tile.top(4), Colours.ACCENT, null, 0);
      Box in = tile.inset(PAD);
      float top = measure.leading(FIGURE_SIZE);
      pen.text(in.top(top), List.of(TextFit.shorten(measure.printable(f.value()), inner, true,
          FIGURE_SIZE, measure)), true, FIGURE_SIZE, Colours.INK, TextAlign.LEFT);
      pen.text(in.below(top), TextFit.wrap(f.label(), inner, false, FIGURE_LABEL_SIZE, measure),
          false, FIGURE_LABEL_SIZE, Colours.MUTED, TextAlign.LEFT);
    }
    return height;
  }
}
