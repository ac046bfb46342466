package app.toile.cli;

import app.toile.i18n.Texts;
import app.toile.model.Canvas;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code toile validate [--lang fr|en] [--format text|json] FILE…}: validates canvas files and
 * reports their findings. The exit code is the worst over all files: 2 if one could not be read,
 * else 1 if any finding is an error, else 0; 64 for bad usage.
 */
final class ValidateCommand {
  static final String USAGE = "cli.validate.usage";
  static final String BAD_OPTION = "cli.validate.badOption";

  /** The keys of the {@code messages} bundle the command uses, reports included. */
  static final List<String> MESSAGE_KEYS =
      concat(List.of(USAGE, BAD_OPTION), TextReport.MESSAGE_KEYS);

  private final Function<Path, Canvas> reader;

  /**
   * A command reading files with a reader; any runtime exception it throws means the file could
   * not be read, and its message (one line naming the file) is shown to the user.
   */
  ValidateCommand(Function<Path, Canvas> reader) {
    this.reader = reader;
  }

  /** Runs the command on its arguments (after the word {@code validate}). */
  int run(List<String> args, PrintStream out, PrintStream err) {
    Locale locale = Locale.getDefault();
    boolean json = false;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--lang") || a.equals("--format")) {
        String value = i + 1 < args.size() ? args.get(++i) : "";
        if (a.equals("--lang") && Texts.parseLanguage(value) != null) {
          locale = Texts.parseLanguage(value);
        } else if (a.equals("--format") && (value.equals("json") || value.equals("text"))) {
          json = value.equals("json");
        } else {
          return usage(err, locale, a + " " + value);
        }
      } else if (a.startsWith("--") && !a.equals("--")) {
        return usage(err, locale, a);
      } else if (!a.equals("--")) {
        files.add(a);
      }
    }
    if (files.isEmpty()) {
      return usage(err, locale, null);
    }
    List<FileResult> results = new ArrayList<>();
    for (String file : files) {
      results.add(read(file, locale));
    }
    if (json) {
      out.print(JsonReport.of(results));
    } else {
      TextReport report = new TextReport(locale);
      results.forEach(r -> report.print(r, out, err));
    }
    return results.stream().mapToInt(FileResult::exitCode).max().orElse(Cli.OK);
  }

  private FileResult read(String file, Locale locale) {
    Canvas canvas;
    try {
      canvas = reader.apply(Path.of(file));
    } catch (RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return FileResult.unreadable(file, why);
    }
    return FileResult.of(file, canvas, locale);
  }

  private static int usage(PrintStream err, Locale locale, String bad) {
    Texts t = Texts.of("messages", locale);
    if (bad != null) {
      err.println(t.get(BAD_OPTION, bad));
    }
    err.println(t.get(USAGE, "toile"));
    return Cli.USAGE;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
