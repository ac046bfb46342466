package app.toile.recovery;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folder where Toile keeps what is not a canvas the user chose to save: recovery
 * copies and crash logs. It follows each platform's convention:
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_DATA_HOME/toile}, or {@code ~/.local/share/toile};
 *   <li>Windows: {@code %APPDATA%\Toile};
 *   <li>macOS: {@code ~/Library/Application Support/Toile}.
 * </ul>
 * The system property {@value #PROPERTY} replaces it, so that tests and portable installs can use
 * a folder of their own.
 */
public final class DataFolder {
  /** The system property that names another folder. */
  public static final String PROPERTY = "toile.data.dir";

  private DataFolder() {}

  /** The folder for the user running this Toile (it may not exist yet). */
  public static Path forUser() {
    return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"),
        System.getProperty(PROPERTY));
  }

  /** Where recovery copies of unsaved canvases go. */
  public static Path recovery() {
    return forUser().resolve("recovery");
  }

  /** Where crash logs go. */
  public static Path logs() {
    return forUser().resolve("logs");
  }

  /**
   * The folder for a platform, its environment and the user's home; {@code override} wins when it
   * is set. A separate method so that every platform's rule can be checked on any platform.
   */
  static Path resolve(String osName, Map<String, String> env, String home, String override) {
    if (isSet(override)) {
      return Path.of(override);
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      return isSet(appData)
          ? Path.of(appData, "Toile")
          : Path.of(home, "AppData", "Roaming", "Toile");
    }
    if (os.startsWith("mac")) {
      return Path.of(home, "Library", "Application Support", "Toile");
    }
    String xdg = env.get("XDG_DATA_HOME");
    // The XDG rule: a relative value is invalid and must be ignored.
    if (isSet(xdg) && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "toile");
    }
    return Path.of(home, ".local", "share", "toile");
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
