package app.toile.cli;

import app.toile.Version;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The headless command line:
 * {@code toile validate|info|export|import|generate|diff|show|merge|--help|--version}. Each
 * command is a {@link Command} in the registry below; errors are one line on stderr starting
 * with {@code toile: }.
 */
public final class Cli {
  /** Exit code: everything fine. */
  public static final int OK = 0;
  /** Exit code: a finding of severity ERROR. */
  public static final int FINDINGS = 1;
  /** Exit code: two canvases differ ({@code diff}), or a merge left conflicts ({@code merge}). */
  public static final int DIFFERENT = 1;
  /** Exit code: a file could not be read or written. */
  public static final int UNREADABLE = 2;
  /** Exit code: bad usage. */
  public static final int USAGE = 64;
  /** What every error line starts with. */
  public static final String PREFIX = "toile: ";

  /** The commands, in the order {@code --help} lists them. Add a command here. */
  private static final Map<String, Command> COMMANDS = registry(
      new ValidateCommand(),
      new InfoCommand(),
      new ExportCommand(),
      new ImportCommand(),
      new GenerateCommand(),
      new DiffCommand(),
      new ShowCommand(),
      new MergeCommand());

  private static final Set<String> HELP = Set.of("--help", "-h", "help");
  private static final Set<String> VERSION = Set.of("--version", "-V");

  private Cli() {}

  private static Map<String, Command> registry(Command... commands) {
    Map<String, Command> map = new LinkedHashMap<>();
    for (Command c : commands) {
      map.put(c.name(), c);
    }
    return map;
  }

  /** Whether the first argument names a command-line command rather than a file to edit. */
  public static boolean isCommand(String arg) {
    return COMMANDS.containsKey(arg) || HELP.contains(arg) || VERSION.contains(arg)
        || arg.startsWith("-");
  }

  /**
   * Runs a command and returns its exit code. Everything it prints, on either stream, has its
   * control characters escaped (see {@link TerminalText}).
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return runEscaped(args, TerminalStream.around(out), TerminalStream.around(err));
  }

  private static int runEscaped(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println(PREFIX + "no command given (see toile --help)");
      return USAGE;
    }
    String first = args[0];
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (HELP.contains(first) || (COMMANDS.containsKey(first) && rest.contains("--help"))) {
      out.print(help());
      return OK;
    }
    if (VERSION.contains(first)) {
      out.println("toile " + Version.get());
      return OK;
    }
    Command command = COMMANDS.get(first);
    try {
      if (command == null) {
        throw new UsageException((first.startsWith("-") ? "unknown option " : "unknown command ")
            + first);
      }
      return command.run(Invocation.parse(command, rest, out, err));
    } catch (UsageException e) {
      err.println(PREFIX + e.getMessage() + " (see toile --help)");
      return USAGE;
    }
  }

  /** The text of {@code toile --help}, listing every command and option. */
  static String help() {
    StringBuilder sb = new StringBuilder();
    sb.append("Usage: toile [COMMAND] [OPTIONS] [FILE...]\n\n");
    sb.append("Commands:\n");
    entry(sb, "edit [FILE]", "open the editor (the default when no command is given)");
    for (Command c : COMMANDS.values()) {
      entry(sb, c.name() + " " + c.arguments(), c.summary());
      for (Option o : c.options()) {
        entry(sb, "    " + o.name() + (o.takesValue() ? " " + o.value() : ""), o.help());
      }
    }
    entry(sb, "--help", "show this help (also: COMMAND --help)");
    entry(sb, "--version", "show the version");
    sb.append("\nExit codes: 0 fine, 1 findings of severity ERROR (import: something was dropped;"
        + " diff: the canvases differ; merge: conflicts left),"
        + " 2 a file could not be read or written, 64 bad usage.\n");
    return sb.toString();
  }

  private static void entry(StringBuilder sb, String left, String right) {
    sb.append("  ").append(String.format("%-28s", left)).append(' ').append(right).append('\n');
  }
}
