package app.toile.ui.base;

import app.toile.ui.base.Icons;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One icon per level, coloured by the {@code severity-error|warning|info} style classes. */
public final class SeverityIcons {
  private SeverityIcons() {}

  /** A new icon for a severity. */
  public static FontIcon of(Level s) {
    FontIcon icon = Icons.of(switch (s) {
      case ERROR -> Feather.X_OCTAGON;
      case WARNING -> Feather.ALERT_TRIANGLE;
      case INFO -> Feather.INFO;
    });
    icon.getStyleClass().addAll("severity-icon", styleClass(s));
    return icon;
  }

  /** The style class of a severity. */
  public static String styleClass(Level s) {
    return "severity-" + s.name().toLowerCase(java.util.Locale.ROOT);
  }
}
