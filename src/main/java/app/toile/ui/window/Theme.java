package app.toile.ui.window;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The look: AtlantaFX's Primer theme as the user-agent stylesheet (light, or dark from the View
 * menu) under Toile's one stylesheet, which also maps ControlsFX's Modena colours onto the theme.
 */
public final class Theme {
  /** The application stylesheet. */
  public static final String STYLESHEET = Theme.class.getResource("/app/toile/ui/toile.css").toExternalForm();

  private Theme() {}

  /** Applies the light or dark theme to every window at once. */
  public static void apply(boolean dark) {
    Application.setUserAgentStylesheet(userAgentStylesheet(dark));
  }

  /**
   * The theme's stylesheet as the build compiled it to binary form (it loads several times faster
   * than its 170 KB of text parse), or AtlantaFX's text when running from classes the build did
   * not process.
   */
  static String userAgentStylesheet(boolean dark) {
    URL compiled = Theme.class.getResource(dark ? "/app/toile/ui/theme/primer-dark.bss"
        : "/app/toile/ui/theme/primer-light.bss");
    if (compiled != null) {
      return compiled.toExternalForm();
    }
    return dark ? new PrimerDark().getUserAgentStylesheet()
        : new PrimerLight().getUserAgentStylesheet();
  }

  /** Adds the application stylesheet and the theme's marker class to a scene. */
  public static void style(Scene scene, boolean dark) {
    if (!scene.getStylesheets().contains(STYLESHEET)) {
      scene.getStylesheets().add(STYLESHEET);
    }
    scene.getRoot().getStyleClass().remove("dark");
    if (dark) {
      scene.getRoot().getStyleClass().add("dark");
    }
  }
}
