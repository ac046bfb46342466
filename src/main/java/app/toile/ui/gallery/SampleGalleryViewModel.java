package app.toile.ui.gallery;

import app.toile.i18n.Texts;
import app.toile.model.Canvas;
import app.toile.session.SampleCanvas;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The sample gallery's state: the cards in gallery order, laid out in rows of {@link #COLUMNS},
 * and the selected one, which the arrow keys move and Enter opens. No scene-graph code.
 */
public final class SampleGalleryViewModel {
  /** Cards per row: four fit side by side on a 1280-pixel screen. */
  public static final int COLUMNS = 4;

  private final List<SampleCard> cards;
  private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(0);

  /** The cards of these samples, the first one selected; strategies named with {@code labels}. */
  public SampleGalleryViewModel(List<SampleCanvas> samples, Texts labels) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("the gallery needs at least one sample");
    }
    this.cards = samples.stream().map(s -> card(s, labels)).toList();
  }

  // Properties

  /** The cards, in gallery order. */
  public List<SampleCard> cards() {
    return cards;
  }

  /** Index of the selected card. */
  public ReadOnlyIntegerProperty selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  public int selected() {
    return selected.get();
  }

  /** The canvas of the selected card: the one to open as an untitled copy. */
  public Canvas chosen() {
    return cards.get(selected.get()).canvas();
  }

  // Commands

  /** Selects a card; an index outside the gallery is ignored. */
  public void select(int index) {
    if (index >= 0 && index < cards.size()) {
      selected.set(index);
    }
  }

  /** The previous card, continuing at the end of the row above. */
  public void left() {
    select(selected.get() - 1);
  }

  /** The next card, continuing at the start of the row below. */
  public void right() {
    select(selected.get() + 1);
  }

  /** The card above; stays on the top row. */
  public void up() {
    select(selected.get() - COLUMNS);
  }

  /**
   * The card below; from a row above a shorter last row, the last card, so that every card of
   * the row above it can reach the last row.
   */
  public void down() {
    int i = selected.get();
    if (i / COLUMNS < (cards.size() - 1) / COLUMNS) {
      select(Math.min(i + COLUMNS, cards.size() - 1));
    }
  }

  /** The first card. */
  public void first() {
    select(0);
  }

  /** The last card. */
  public void last() {
    select(cards.size() - 1);
  }

  /** The card of a sample, with the strategy named from the domain's labels. */
  private static SampleCard card(SampleCanvas sample, Texts labels) {
    String title = sample.canvas().header().title();
    return new SampleCard(sample.name(), title == null || title.isBlank() ? sample.name() : title,
        sample.description(), labels.of("strategy", sample.canvas().strategy()), sample.canvas());
  }
}
