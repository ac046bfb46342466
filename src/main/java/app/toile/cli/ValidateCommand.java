package app.toile.cli;

import app.toile.io.CanvasFileException;
import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code toile validate [--lang fr|en] [--format text|json] FILE…}: validates canvas files and
 * reports their findings, as text grouped by severity or as one JSON object (see
 * {@code docs/validation.md}). The exit code is the worst over all files: 2 if one could not be
 * read, else 1 if any finding is an error, else 0.
 */
final class ValidateCommand implements Command {
  /** The shape of the report. */
  static final Option FORMAT =
      new Option("--format", "text|json", "report as text (default) or as one JSON object");

  /** The keys of the {@code messages} bundle the command uses. */
  static final List<String> MESSAGE_KEYS = TextReport.MESSAGE_KEYS;

  private final Function<Path, Canvas> reader;

  ValidateCommand() {
    this(CanvasFiles::load);
  }

  /** A command reading files with a reader that throws {@link CanvasFileException} on failure. */
  ValidateCommand(Function<Path, Canvas> reader) {
    this.reader = reader;
  }

  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String arguments() {
    return "[OPTIONS] FILE...";
  }

  @Override
  public String summary() {
    return "check each canvas file against the rules; exit 1 on an error finding";
  }

  @Override
  public List<Option> options() {
    return List.of(Option.LANG, FORMAT);
  }

  @Override
  public int run(Invocation invocation) {
    if (invocation.operands().isEmpty()) {
      throw new UsageException("validate needs at least one FILE");
    }
    Locale locale = invocation.locale();
    boolean json = json(invocation.option(FORMAT.name()));
    List<FileResult> results = new ArrayList<>();
    for (String file : invocation.operands()) {
      results.add(read(file, locale));
    }
    if (json) {
      invocation.out().print(JsonReport.of(results));
    } else {
      TextReport report = new TextReport(locale);
      results.forEach(r -> report.print(r, invocation.out(), invocation.err()));
    }
    return results.stream().mapToInt(FileResult::exitCode).max().orElse(Cli.OK);
  }

  private static boolean json(String format) {
    if (format == null || format.equals("text")) {
      return false;
    }
    if (format.equals("json")) {
      return true;
    }
    throw new UsageException("--format must be text or json, not '" + format + "'");
  }

  private FileResult read(String file, Locale locale) {
    Canvas canvas;
    try {
      canvas = reader.apply(Path.of(file));
    } catch (CanvasFileException e) {
      return FileResult.unreadable(file, e.getMessage());
    } catch (RuntimeException e) {
      // A bug, not the file's fault; still, one file must not take the others' results with it.
      return FileResult.failed(file, "cannot read", e);
    }
    try {
      return FileResult.of(file, canvas, locale);
    } catch (RuntimeException e) {
      return FileResult.failed(file, "cannot validate", e);
    }
  }
}
