package app.toile.ui.base;

import app.toile.session.RecentFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the editor remembers between runs, in {@link java.util.prefs}: window bounds, theme,
 * language and recent files. The node's path comes from the system property
 * {@code toile.prefs.node} so that tests work on a throw-away node, never the user's own.
 */
public final class UserSettings implements RecentFiles {
  /** How many recent files are remembered. */
  public static final int RECENT_MAX = 10;
  private static final String RECENT = "recent.";

  private final Preferences node;

  public UserSettings(Preferences node) {
    this.node = node;
  }

  /** The user's settings, or the node named by {@code toile.prefs.node}. */
  public static UserSettings forUser() {
    return new UserSettings(
        Preferences.userRoot().node(System.getProperty("toile.prefs.node", "app/toile/editor")));
  }

  /** Removes every setting (used by tests on their own node). */
  public void clear() {
    try {
      node.clear();
      node.flush();
    } catch (BackingStoreException | IllegalStateException e) {
      // Nothing to clear or the store is unavailable: settings are a convenience, not data.
    }
  }

  // Window

  /** The window's last bounds {x, y, width, height}, or null when never saved. */
  public double[] windowBounds() {
    double w = node.getDouble("window.width", -1);
    if (w <= 0) {
      return null;
    }
    return new double[] {node.getDouble("window.x", 0), node.getDouble("window.y", 0), w,
        node.getDouble("window.height", 700)};
  }

  public void setWindowBounds(double x, double y, double width, double height) {
    node.putDouble("window.x", x);
    node.putDouble("window.y", y);
    node.putDouble("window.width", width);
    node.putDouble("window.height", height);
  }

  public boolean windowMaximized() {
    return node.getBoolean("window.maximized", false);
  }

  public void setWindowMaximized(boolean v) {
    node.putBoolean("window.maximized", v);
  }

  // Look and language

  public boolean darkTheme() {
    return node.getBoolean("theme.dark", false);
  }

  public void setDarkTheme(boolean v) {
    node.putBoolean("theme.dark", v);
  }

  /** Whether the side panel (segment editor, market, findings, ranking) shows; it does at first. */
  public boolean sidePanelShown() {
    return node.getBoolean("sidePanel.shown", true);
  }

  public void setSidePanelShown(boolean v) {
    node.putBoolean("sidePanel.shown", v);
  }

  /** The chosen language, or the system's when none was chosen. */
  public Locale language() {
    String tag = node.get("language", null);
    return tag == null ? Locale.getDefault() : Locale.forLanguageTag(tag);
  }

  public void setLanguage(Locale l) {
    node.put("language", l.toLanguageTag());
  }

  // Recent files

  /** The recent files, most recent first. */
  @Override
  public List<Path> recentFiles() {
    List<Path> list = new ArrayList<>();
    for (int i = 0; i < RECENT_MAX; i++) {
      String p = node.get(RECENT + i, null);
      if (p != null) {
        list.add(Path.of(p));
      }
    }
    return list;
  }

  /** Puts a file first in the recent files, keeping at most {@link #RECENT_MAX}. */
  @Override
  public List<Path> addRecentFile(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    List<Path> list = new ArrayList<>(recentFiles());
    list.remove(abs);
    list.add(0, abs);
    while (list.size() > RECENT_MAX) {
      list.remove(list.size() - 1);
    }
    for (int i = 0; i < RECENT_MAX; i++) {
      if (i < list.size()) {
        node.put(RECENT + i, list.get(i).toString());
      } else {
        node.remove(RECENT + i);
      }
    }
    return list;
  }
}
