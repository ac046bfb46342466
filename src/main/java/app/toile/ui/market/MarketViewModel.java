package app.toile.ui.market;

import app.toile.command.EditCanvas;
import app.toile.model.Canvas;
import app.toile.model.Market;
import app.toile.model.MarketDomain;
import app.toile.model.SegmentStrategy;
import app.toile.model.TargetProfile;
import app.toile.session.EditorSession;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The canvas-level choices about customers: the market (its domain and target profile) and the
 * segment strategy. Every change is one undoable edit; a blank text or cleared number is unset.
 * No scene-graph code: tests drive it without a toolkit.
 */
public final class MarketViewModel {
  /** Description key of the edits in the undo menu. */
  public static final String EDIT_KEY = "command.editMarket";

  private final EditorSession session;

  public MarketViewModel(EditorSession session) {
    this.session = session;
  }

  /** The canvas, each time it changes. */
  public javafx.beans.property.ReadOnlyObjectProperty<Canvas> canvasProperty() {
    return session.document().canvasProperty();
  }

  /** A field's value in the current canvas, or null. */
  public <T> T value(Field<T> field) {
    return field.get().apply(session.canvas());
  }

  /** Sets a field as one undoable edit; returns whether anything changed. */
  public <T> boolean set(Field<T> field, T value) {
    T v = value instanceof String s && s.isBlank() ? null : value;
    if (Objects.equals(value(field), v)) {
      return false;
    }
    return session.execute(new EditCanvas(EDIT_KEY, c -> field.set().apply(c, v)));
  }

  /**
   * A canvas-level field.
   *
   * @param path its path in findings ({@code strategy}, {@code market.target.ageMin})
   * @param labelKey key of its label in the {@code labels} bundle
   * @param type the value's class
   * @param get reads it
   * @param set a copy of the canvas with it replaced
   * @param <T> the value's type
   */
  public record Field<T>(String path, String labelKey, Class<T> type, Function<Canvas, T> get,
      BiFunction<Canvas, T, Canvas> set) {}

  public static final Field<SegmentStrategy> STRATEGY = new Field<>("strategy", "strategy",
      SegmentStrategy.class, Canvas::strategy, Canvas::withStrategy);
  public static final Field<MarketDomain> DOMAIN = new Field<>("market.domain", "market.domain",
      MarketDomain.class, c -> c.market().domain(),
      (c, v) -> c.withMarket(c.market().withDomain(v)));
  public static final Field<Integer> AGE_MIN = target("ageMin", "demographic.ageMin",
      Integer.class, TargetProfile::ageMin, TargetProfile::withAgeMin);
  public static final Field<Integer> AGE_MAX = target("ageMax", "demographic.ageMax",
      Integer.class, TargetProfile::ageMax, TargetProfile::withAgeMax);
  public static final Field<String> FAMILY = target("familySituation",
      "demographic.familySituation", String.class, TargetProfile::familySituation,
      TargetProfile::withFamilySituation);
  public static final Field<String> LIFESTYLE = target("lifestyle", "psychographic.lifestyle",
      String.class, TargetProfile::lifestyle, TargetProfile::withLifestyle);
  public static final Field<String> MEANS = target("financialMeans", "market.financialMeans",
      String.class, TargetProfile::financialMeans, TargetProfile::withFinancialMeans);

  private static <T> Field<T> target(String name, String labelKey, Class<T> type,
      Function<TargetProfile, T> get, BiFunction<TargetProfile, T, TargetProfile> set) {
    return new Field<>("market.target." + name, labelKey, type, c -> get.apply(c.market().target()),
        (c, v) -> {
          Market m = c.market();
          return c.withMarket(m.withTarget(set.apply(m.target(), v)));
        });
  }
}
