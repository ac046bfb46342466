package app.toile.ui.base;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * One view per item of a block (a note, a segment), kept by the item's id across canvas changes:
 * a view whose item did not change is left alone, so focus, an edit in progress and scrolling
 * survive every edit elsewhere, and only what changed is redrawn.
 *
 * @param <T> the item
 * @param <V> its view
 */
public final class KeyedViews<T, V extends Node> {
  private final Function<T, String> id;
  private final Function<T, V> create;
  private final Function<V, T> shown;
  private final BiConsumer<V, T> update;
  private final Map<String, V> views = new HashMap<>();

  /**
   * @param id the item's id
   * @param create a view for a new item
   * @param shown the item a view shows now
   * @param update shows a changed item in its view
   */
  public KeyedViews(Function<T, String> id, Function<T, V> create, Function<V, T> shown,
      BiConsumer<V, T> update) {
    this.id = id;
    this.create = create;
    this.shown = shown;
    this.update = update;
  }

  /**
   * Makes {@code children} show {@code items} in order, reusing views by id.
   *
   * @param always update every kept view, even when its item is unchanged (its context changed)
   */
  public void show(List<T> items, ObservableList<Node> children, boolean always) {
    List<V> ordered = new ArrayList<>();
    Map<String, V> kept = new HashMap<>();
    for (T item : items) {
      V v = views.get(id.apply(item));
      if (v == null) {
        v = create.apply(item);
      } else if (always || !item.equals(shown.apply(v))) {
        update.accept(v, item);
      }
      kept.put(id.apply(item), v);
      ordered.add(v);
    }
    views.clear();
    views.putAll(kept);
    if (!children.equals(ordered)) {
      children.setAll(ordered);
    }
  }

  /** The view of an item, if it is shown. */
  public Optional<V> get(String itemId) {
    return itemId == null ? Optional.empty() : Optional.ofNullable(views.get(itemId));
  }
}
