package app.toile.cli;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What the command line checks before it starts the editor for arguments that name no command
 * ({@code toile}, {@code toile FILE}, {@code toile edit [FILE]}): that a word is not a mistyped
 * command, and that there is a display to show a window on. Either failure is one line and exit
 * code 64, before JavaFX is started, instead of a window toolkit's stack trace.
 */
public final class EditorStart {
  private EditorStart() {}

  /**
   * Checks the arguments of an editor start.
   *
   * @param display whether a window can be shown (see {@link #displayAvailable})
   * @return nothing when the editor may start, else the exit code, the reason having been printed
   */
  public static OptionalInt check(String[] args, boolean display, PrintStream err) {
    if (args.length > 0 && !args[0].equals("edit") && isWord(args[0]) && !exists(args[0])) {
      TerminalStream.around(err).println(Cli.PREFIX + "unknown command " + args[0]
          + " (see toile --help)");
      return OptionalInt.of(Cli.USAGE);
    }
    if (!display) {
      return OptionalInt.of(noDisplay("no DISPLAY or WAYLAND_DISPLAY is set", err));
    }
    return OptionalInt.empty();
  }

  /**
   * Says in one line that the editor needs a display, and what works without one.
   *
   * @param why what tells that there is none, such as the toolkit's own message
   * @return the exit code to end with
   */
  public static int noDisplay(String why, PrintStream err) {
    TerminalStream.around(err).println(Cli.PREFIX + "the editor needs a display (" + why
        + "); without one, use toile validate, info or export (see toile --help)");
    return Cli.USAGE;
  }

  /**
   * Whether a window can be shown, as far as can be told without starting JavaFX: on Linux and
   * the BSDs, X11 or Wayland says where its display is in the environment; macOS and Windows
   * always have one; a Glass platform set by hand (Monocle, for headless tests) needs none.
   */
  public static boolean displayAvailable(Map<String, String> env, String osName,
      String glassPlatform) {
    if (glassPlatform != null || osName.startsWith("Mac") || osName.startsWith("Windows")) {
      return true;
    }
    return isSet(env.get("DISPLAY")) || isSet(env.get("WAYLAND_DISPLAY"));
  }

  /** The same, for this process. */
  public static boolean displayAvailable() {
    return displayAvailable(System.getenv(), System.getProperty("os.name", ""),
        System.getProperty("glass.platform"));
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  /** A bare word such as {@code frobnicate}, as a command is, rather than a path or file name. */
  private static boolean isWord(String arg) {
    return !arg.isEmpty() && arg.indexOf('.') < 0 && arg.indexOf('/') < 0
        && arg.indexOf(File.separatorChar) < 0;
  }

  private static boolean exists(String arg) {
    try {
      return Files.exists(Path.of(arg));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
