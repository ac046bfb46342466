package app.toile.ui.export;

import java.nio.file.Path;
import java.util.concurrent.CompletionStage;

/**
 * Opens an exported file, or its folder, with the programs of the user's desktop. Completes
 * with false when there is no desktop to ask (a server, a test) or it refused.
 */
public interface FileOpener {

  /** Opens the file in the program the desktop gives its type. */
  CompletionStage<Boolean> open(Path file);

  /** Shows the folder that holds the file, the file selected where the desktop can. */
  CompletionStage<Boolean> showInFolder(Path file);
}
