package app.toile.ui.base;

import app.toile.i18n.Texts;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The editor's language, switchable at run time: every visible text is a binding on the current
 * locale, so switching repaints the whole window at once without a restart. Texts come from the
 * {@code labels} bundle (the domain's words) and the {@code ui} bundle (the editor's own words).
 */
public final class Localization {
  private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
  private Texts ui;
  private Texts labels;

  public Localization(Locale initial) {
    locale.set(Texts.supported(initial));
  }

  /**
   * Loads the bundles of the current locale when it changed. Done on demand rather than in a
   * listener: bindings are invalidated before change listeners run, and must not read old texts.
   */
  private void load() {
    Locale l = locale.get();
    if (ui == null || !ui.locale().equals(l)) {
      ui = Texts.of("ui", l);
      labels = Texts.labels(l);
    }
  }

  // Properties

  /** The current locale: English or French. */
  public ObjectProperty<Locale> localeProperty() {
    return locale;
  }

  public Locale locale() {
    return locale.get();
  }

  public void setLocale(Locale l) {
    locale.set(Texts.supported(l));
  }

  // Lookups

  /** The {@code ui} bundle in the current locale. */
  public Texts ui() {
    load();
    return ui;
  }

  /** The {@code labels} bundle in the current locale. */
  public Texts labels() {
    load();
    return labels;
  }

  /** A text of the {@code ui} bundle that follows the language. */
  public StringBinding ui(String key, Object... args) {
    return Bindings.createStringBinding(() -> ui().get(key, args), locale);
  }

  /** A text of the {@code labels} bundle that follows the language. */
  public StringBinding label(String key) {
    return Bindings.createStringBinding(() -> labels().get(key), locale);
  }
}
