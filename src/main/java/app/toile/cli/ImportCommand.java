package app.toile.cli;

import app.toile.i18n.Texts;
import app.toile.interchange.ImportReportText;
import app.toile.interchange.ImportResult;
import app.toile.interchange.InterchangeFiles;
import app.toile.interchange.InterchangeFormat;
import app.toile.io.CanvasFileException;
import app.toile.io.CanvasFiles;
import app.toile.validation.FindingSummary;
import app.toile.validation.Severity;
import app.toile.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code toile import FILE -o OUT.toile.json}: a canvas from Markdown, JSON Canvas or a CSV notes
 * table (see {@code docs/interchange.md}), saved as a canvas file, with the report of the import
 * on stdout: what was read, what was kept in the free notes, and each thing dropped with its
 * reason. Exit code 0 when nothing was dropped, 1 when something was, 2 when FILE cannot be read
 * or OUT cannot be written. OUT is never replaced unless {@code --force} is given.
 */
final class ImportCommand implements Command {
  /** The keys of the {@code messages} bundle it uses besides the report's. */
  static final List<String> MESSAGE_KEYS = List.of("import.wrote");

  static final Option OUTPUT =
      new Option("-o", "OUT", "the canvas file to write, such as OUT.toile.json");
  static final Option OUTPUT_LONG = new Option("--output", "OUT", "the same as -o");
  static final Option FORMAT = new Option("--format", "md|canvas|csv",
      "the format of FILE, whatever its extension (default: from FILE)");
  static final Option FORCE = new Option("--force", null, "replace OUT if it exists");

  @Override
  public String name() {
    return "import";
  }

  @Override
  public String arguments() {
    return "[OPTIONS] FILE -o OUT";
  }

  @Override
  public String summary() {
    return "make a canvas from Markdown, JSON Canvas or CSV, and say what could not be carried";
  }

  @Override
  public List<Option> options() {
    return List.of(OUTPUT, OUTPUT_LONG, FORMAT, FORCE, Option.LANG);
  }

  @Override
  public int run(Invocation invocation) {
    if (invocation.operands().size() != 1) {
      throw new UsageException("import needs exactly one FILE");
    }
    String name = invocation.operands().get(0);
    Path file = path(name);
    Path out = invocation.output("import needs -o OUT.toile.json");
    InterchangeFormat format = format(invocation, file);
    Locale locale = invocation.locale();
    if (Files.exists(out) && (invocation.option(FORCE.name()) == null || sameFile(file, out))) {
      invocation.err().println(Cli.PREFIX + "cannot write " + out + ": "
          + (sameFile(file, out) ? "it is the file being imported"
              : "it exists; give --force to replace it"));
      return Cli.UNREADABLE;
    }
    ImportResult result;
    try {
      result = InterchangeFiles.read(file, format);
    } catch (CanvasFileException e) {
      invocation.err().println(Cli.PREFIX + e.getMessage());
      return Cli.UNREADABLE;
    } catch (RuntimeException e) {
      invocation.err().println(Cli.PREFIX + FileResult.unexpected(name, "cannot import", e));
      return Cli.UNREADABLE;
    }
    try {
      CanvasFiles.save(result.canvas(), out);
    } catch (CanvasFileException e) {
      invocation.err().println(Cli.PREFIX + e.getMessage());
      return Cli.UNREADABLE;
    }
    ImportReportText text = new ImportReportText(locale);
    text.lines(result.report()).forEach(invocation.out()::println);
    FindingSummary s = FindingSummary.of(Validator.validate(result.canvas()));
    Texts messages = Texts.of("messages", locale);
    invocation.out().println(messages.get(MESSAGE_KEYS.get(0), out, messages.get(TextReport.SUMMARY,
        s.count(Severity.ERROR), s.count(Severity.WARNING), s.count(Severity.INFO))));
    return result.report().complete() ? Cli.OK : Cli.FINDINGS;
  }

  private static Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new UsageException("not a file name: " + name);
    }
  }

  private static InterchangeFormat format(Invocation invocation, Path file) {
    String asked = invocation.option(FORMAT.name());
    if (asked != null) {
      InterchangeFormat f = InterchangeFormat.parse(asked);
      if (f == null) {
        throw new UsageException("--format must be md, canvas or csv, not '" + asked + "'");
      }
      return f;
    }
    InterchangeFormat f = InterchangeFormat.ofFile(file);
    if (f == null) {
      throw new UsageException("cannot tell the format of " + file
          + ": name it .md, .canvas or .csv, or give --format");
    }
    return f;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
