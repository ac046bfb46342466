package app.toile.cli;

import app.toile.i18n.Texts;
import app.toile.io.CanvasFileException;
import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One run of a command: its options and operands, parsed against what the command accepts, and
 * where to print.
 *
 * @param command the command
 * @param options option name to value ({@code ""} for a flag)
 * @param operands the other arguments, in order (usually files)
 * @param out where results go
 * @param err where errors go
 */
public record Invocation(
    Command command, Map<String, String> options, List<String> operands, PrintStream out,
    PrintStream err) {

  public Invocation {
    options = Map.copyOf(options);
    operands = List.copyOf(operands);
  }

  /**
   * Parses the arguments that follow the command's name. Options come as {@code --name value}
   * or {@code --name=value}; {@code --} ends the options.
   *
   * @throws UsageException for an option the command does not accept or a missing value
   */
  public static Invocation parse(Command command, List<String> args, PrintStream out,
      PrintStream err) {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> operands = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        operands.addAll(args.subList(i + 1, args.size()));
        break;
      }
      if (!arg.startsWith("-") || arg.equals("-")) {
        operands.add(arg);
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      Option option = find(command, name);
      if (!option.takesValue()) {
        if (eq >= 0) {
          throw new UsageException("option " + name + " takes no value");
        }
        options.put(name, "");
      } else if (eq >= 0) {
        options.put(name, arg.substring(eq + 1));
      } else if (i + 1 < args.size()) {
        options.put(name, args.get(++i));
      } else {
        throw new UsageException("option " + name + " needs a value: " + option.value());
      }
    }
    return new Invocation(command, options, operands, out, err);
  }

  private static Option find(Command command, String name) {
    for (Option o : command.options()) {
      if (o.name().equals(name)) {
        return o;
      }
    }
    throw new UsageException("unknown option " + name + " for " + command.name());
  }

  /** The option's value, or null when it was not given. */
  public String option(String name) {
    return options.get(name);
  }

  /**
   * Reads a canvas file named on the command line. When it cannot be read, says why in one line
   * on stderr and returns nothing: the caller then exits with {@link Cli#UNREADABLE}.
   */
  public Optional<Canvas> readCanvas(String file) {
    try {
      return Optional.of(CanvasFiles.load(Path.of(file)));
    } catch (CanvasFileException e) {
      err.println(Cli.PREFIX + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The file to write, named by {@code -o} or {@code --output} (not both).
   *
   * @param missing the bad-usage message when neither is given
   */
  public Path output(String missing) {
    String out = option("-o");
    String longOut = option("--output");
    if (out != null && longOut != null) {
      throw new UsageException("give -o or --output, not both");
    }
    String name = out != null ? out : longOut;
    if (name == null || name.isBlank()) {
      throw new UsageException(missing);
    }
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new UsageException("not a file name: " + name);
    }
  }

  /** The language asked with {@code --lang}, or the system's; French or English. */
  public Locale locale() {
    String lang = option(Option.LANG.name());
    if (lang == null) {
      return Texts.supported(Locale.getDefault());
    }
    Locale locale = Texts.parseLanguage(lang);
    if (locale == null) {
      throw new UsageException("--lang must be fr or en, not '" + lang + "'");
    }
    return locale;
  }
}
