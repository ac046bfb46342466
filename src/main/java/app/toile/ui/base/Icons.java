package app.toile.ui.base;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The editor's icons, all from the Feather pack so that they share one line weight. */
public final class Icons {
  private Icons() {}

  /** A new icon node (a node can have only one parent, so each use needs its own). */
  public static FontIcon of(Feather icon) {
    FontIcon f = new FontIcon(icon);
    f.getStyleClass().add("toile-icon");
    return f;
  }
}
