package app.toile.session;

import java.nio.file.Path;
import java.util.List;

/** Where the files opened or saved lately are remembered (the user's settings, or a test's list). */
public interface RecentFiles {

  /** The recent files, most recent first. */
  List<Path> recentFiles();

  /** Puts a file first among the recent ones; returns the new list. */
  List<Path> addRecentFile(Path file);
}
