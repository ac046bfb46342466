package app.toile;

import app.toile.cli.Cli;
import app.toile.cli.EditorStart;
import app.toile.ui.ToileApp;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * Entry point of the jar. It does not extend {@code Application}, so that {@code java -jar} works
 * with JavaFX on the class path. Commands such as {@code validate} run headless; no command, a
 * file, or {@code edit FILE} opens the editor, once {@link EditorStart} has checked that it can.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (args.length > 0 && Cli.isCommand(args[0])) {
      System.exit(Cli.run(args, System.out, System.err));
    }
    OptionalInt refused = EditorStart.check(args, EditorStart.displayAvailable(), System.err);
    if (refused.isPresent()) {
      System.exit(refused.getAsInt());
    }
    String[] editorArgs = args.length > 0 && args[0].equals("edit")
        ? Arrays.copyOfRange(args, 1, args.length) : args;
    try {
      ToileApp.main(editorArgs);
    } catch (UnsupportedOperationException e) {
      // How GTK says that the display it was given cannot be opened (DISPLAY=:9 with no server).
      System.exit(EditorStart.noDisplay(String.valueOf(e.getMessage()), System.err));
    }
  }
}
