package app.toile.cli;

import java.util.List;

/**
 * One command of the command line, such as {@code validate}. A new command is one class that
 * implements this and one line in {@link Cli}'s registry; {@code --help} is built from them.
 */
public interface Command {
  /** The word that selects the command: {@code toile NAME …}. */
  String name();

  /** What follows the name in the usage line, such as {@code [OPTIONS] FILE...}. */
  String arguments();

  /** What the command does, in one short line. */
  String summary();

  /** The options it accepts. */
  List<Option> options();

  /**
   * Runs the command.
   *
   * @return the exit code: {@link Cli#OK}, {@link Cli#FINDINGS} or {@link Cli#UNREADABLE}
   * @throws UsageException when the arguments make no sense (exit code {@link Cli#USAGE})
   */
  int run(Invocation invocation);
}
