package app.toile;

import app.toile.cli.Cli;
import app.toile.ui.ToileApp;
import java.util.Arrays;

/**
 * Entry point of the jar. It does not extend {@code Application}, so that {@code java -jar} works
 * with JavaFX on the class path. Commands such as {@code validate} run headless; no command, a
 * file, or {@code edit FILE} opens the editor.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("edit")) {
      ToileApp.main(Arrays.copyOfRange(args, 1, args.length));
    } else if (args.length > 0 && Cli.isCommand(args[0])) {
      System.exit(Cli.run(args, System.out, System.err));
    } else {
      ToileApp.main(args);
    }
  }
}
