package app.toile.session;

import java.nio.file.Path;

/**
 * Watches the open file for changes made by another program. The document tells it when the file
 * was read or written, and asks it before writing over the file again. Both calls come on the UI
 * thread; by default nothing is watched.
 */
public interface FileGuard {

  /** The file now holds what the editor read or wrote: later changes are someone else's. */
  default void readOrWritten(Path file) { }

  /**
   * Whether the editor may save over its own file; false when it changed elsewhere since it was
   * read or written and the user chose not to overwrite it.
   */
  default boolean mayOverwrite(Path file) {
    return true;
  }
}
