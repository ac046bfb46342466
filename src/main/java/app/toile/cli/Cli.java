package app.toile.cli;

import app.toile.Version;
import java.io.PrintStream;
import java.util.Set;

/** The headless command line: {@code toile validate|info|--help|--version}. */
public final class Cli {
  /** Exit code: everything fine. */
  public static final int OK = 0;
  /** Exit code: a finding of severity ERROR. */
  public static final int FINDINGS = 1;
  /** Exit code: a file could not be read. */
  public static final int UNREADABLE = 2;
  /** Exit code: bad usage. */
  public static final int USAGE = 64;

  private static final Set<String> COMMANDS =
      Set.of("validate", "info", "help", "--help", "-h", "--version", "-V");

  private Cli() {}

  /** Whether the first argument names a command-line command rather than a file to edit. */
  public static boolean isCommand(String arg) {
    return COMMANDS.contains(arg) || arg.startsWith("-");
  }

  /** Runs a command and returns its exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      return usage(err);
    }
    switch (args[0]) {
      case "--help", "-h", "help" -> {
        out.print(help());
        return OK;
      }
      case "--version", "-V" -> {
        out.println("toile " + Version.get());
        return OK;
      }
      default -> {
        err.println("toile: unknown command '" + args[0] + "' (see toile --help)");
        return USAGE;
      }
    }
  }

  private static int usage(PrintStream err) {
    err.println("toile: no command given (see toile --help)");
    return USAGE;
  }

  static String help() {
    return """
        Usage: toile COMMAND [OPTIONS] [FILE...]

        Commands:
          edit [FILE]          open the editor (the default when no command is given)
          --help               show this help
          --version            show the version

        Exit codes: 0 fine, 1 findings of severity ERROR, 2 a file could not be read, 64 bad usage.
        """;
  }
}
