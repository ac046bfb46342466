package app.toile.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up user-visible text in one of Toile's resource bundles (English is the base bundle,
 * French in {@code _fr}). Bundles: {@code labels} (the domain's words: blocks, fields, values),
 * {@code messages} (validation findings and the command line), {@code ui} (the editor's own texts).
 */
public final class Texts {
  private static final String BASE = "app.toile.i18n.";

  private final ResourceBundle bundle;
  private final Locale locale;

  private Texts(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /** The named bundle ({@code labels}, {@code messages}, {@code ui}) in a locale. */
  public static Texts of(String bundleName, Locale locale) {
    Locale l = supported(locale);
    ResourceBundle b = ResourceBundle.getBundle(BASE + bundleName, l,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Texts(b, l);
  }

  /** The domain labels in a locale. */
  public static Texts labels(Locale locale) {
    return of("labels", locale);
  }

  /** French when the locale's language is French, English otherwise. */
  public static Locale supported(Locale locale) {
    return locale != null && "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
  }

  /** Parses {@code fr} or {@code en} (any case); null for anything else. */
  public static Locale parseLanguage(String tag) {
    if (tag == null) {
      return null;
    }
    return switch (tag.trim().toLowerCase(Locale.ROOT)) {
      case "fr" -> Locale.FRENCH;
      case "en" -> Locale.ENGLISH;
      default -> null;
    };
  }

  public Locale locale() {
    return locale;
  }

  /** Whether the bundle has this key. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The text of a key, formatted with {@link MessageFormat} when arguments are given. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "!" + key + "!";
    }
    if (args == null || args.length == 0) {
      return pattern;
    }
    return new MessageFormat(pattern, locale).format(args);
  }

  /** The label of an enum value: the key {@code prefix.VALUE}. */
  public String of(String prefix, Enum<?> value) {
    return value == null ? "" : get(prefix + "." + value.name());
  }
}
