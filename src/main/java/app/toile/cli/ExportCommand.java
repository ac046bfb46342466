package app.toile.cli;

import app.toile.disk.DiskException;
import app.toile.export.ExportFile;
import app.toile.export.ExportFormat;
import app.toile.export.ExportOptions;
import app.toile.export.FindingLines;
import app.toile.export.Paper;
import app.toile.interchange.InterchangeFiles;
import app.toile.interchange.InterchangeFormat;
import app.toile.interchange.InterchangeOptions;
import app.toile.model.Canvas;
import app.toile.model.Snapshot;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code toile export FILE -o OUT.pdf|OUT.png|OUT.pptx|OUT.md|OUT.canvas|OUT.csv}: the canvas as a
 * PDF (the canvas page, a page per segment with its findings, the roadmap), a PNG of the canvas
 * page, a PowerPoint deck (a title slide, the canvas, a slide per active segment, the roadmap), or
 * one of the open formats (Markdown, JSON Canvas, CSV: see {@code docs/interchange.md}; CSV writes
 * the notes to OUT and the segments to {@code OUT.segments.csv}). The output replaces OUT only
 * once complete, so a failed export never leaves half a file, and never when OUT holds a canvas,
 * FILE's or any other.
 */
final class ExportCommand implements Command {
  static final Option OUTPUT =
      new Option("-o", "OUT",
          "the file to write; .pdf, .png, .pptx, .md, .canvas or .csv gives the format");
  static final Option OUTPUT_LONG = new Option("--output", "OUT", "the same as -o");
  static final Option PAPER =
      new Option("--paper", "a4|a3|letter",
          "paper size, always landscape (default: a4); slides are always 16:9");
  static final Option FORMAT = new Option("--format", "pdf|png|pptx|md|canvas|csv",
      "the format, whatever OUT's extension (default: from OUT)");
  static final Option CHANGES_SINCE = new Option("--changes-since", "NAME",
      "PDF only: add a page of what changed since the version of that name kept in the file");
  static final Option BOM = new Option("--bom", null,
      "CSV only: start each table with a byte order mark, for spreadsheet programs");

  @Override
  public String name() {
    return "export";
  }

  @Override
  public String arguments() {
    return "[OPTIONS] FILE -o OUT";
  }

  @Override
  public String summary() {
    return "export a canvas to PDF, PNG, PowerPoint, Markdown, JSON Canvas or CSV";
  }

  @Override
  public List<Option> options() {
    return List.of(OUTPUT, OUTPUT_LONG, PAPER, FORMAT, BOM, VersionPick.VERSION, CHANGES_SINCE,
        Option.LANG);
  }

  @Override
  public int run(Invocation invocation) {
    if (invocation.operands().size() != 1) {
      throw new UsageException("export needs exactly one FILE");
    }
    Path out = output(invocation);
    InterchangeFormat open = openFormat(invocation, out);
    ExportFormat format = open == null ? format(invocation, out) : null;
    String since = invocation.option(CHANGES_SINCE.name());
    if (since != null && format != ExportFormat.PDF) {
      throw new UsageException("--changes-since adds a PDF page: export to .pdf");
    }
    ExportOptions options = new ExportOptions(paper(invocation), invocation.locale());
    String file = invocation.operands().get(0);
    Optional<Canvas> whole = VersionPick.read(invocation, file, null);
    Optional<Canvas> canvas = whole.flatMap(c -> VersionPick.pick(invocation, file, c,
        invocation.option(VersionPick.VERSION.name())));
    if (canvas.isPresent() && since != null) {
      Optional<Snapshot> snapshot =
          VersionPick.snapshot(invocation, file, whole.get(), since);
      canvas = snapshot.isEmpty() ? Optional.empty() : canvas;
      options = snapshot.map(options::withChangesSince).orElse(options);
    }
    if (canvas.isEmpty()) {
      return Cli.UNREADABLE;
    }
    List<Path> inputs = List.of(Path.of(invocation.operands().get(0)));
    try {
      if (open != null) {
        InterchangeFiles.write(out, inputs, open, canvas.get(), new InterchangeOptions(
            options.locale(), invocation.option(BOM.name()) != null));
        return Cli.OK;
      }
      ExportFile.write(out, inputs, format, canvas.get(),
          FindingLines.validate(canvas.get(), options.locale()), options, p -> { });
    } catch (DiskException e) {
      invocation.err().println(Cli.PREFIX + "cannot write " + out + ": " + e.reason());
      return Cli.UNREADABLE;
    }
    return Cli.OK;
  }

  private static Path output(Invocation invocation) {
    String out = invocation.option(OUTPUT.name());
    String longOut = invocation.option(OUTPUT_LONG.name());
    if (out != null && longOut != null) {
      throw new UsageException("give -o or --output, not both");
    }
    String name = out != null ? out : longOut;
    if (name == null || name.isBlank()) {
      throw new UsageException(
          "export needs -o OUT.pdf, .png, .pptx, .md, .canvas or .csv");
    }
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new UsageException("not a file name: " + name);
    }
  }

  /** The open format asked for or named by OUT's extension, or null for the others. */
  private static InterchangeFormat openFormat(Invocation invocation, Path out) {
    String asked = invocation.option(FORMAT.name());
    return asked != null ? InterchangeFormat.parse(asked) : InterchangeFormat.ofFile(out);
  }

  private static ExportFormat format(Invocation invocation, Path out) {
    String asked = invocation.option(FORMAT.name());
    if (asked != null) {
      ExportFormat f = ExportFormat.parse(asked);
      if (f == null) {
        throw new UsageException(
            "--format must be pdf, png, pptx, md, canvas or csv, not '" + asked + "'");
      }
      return f;
    }
    ExportFormat f = ExportFormat.ofFile(out);
    if (f == null) {
      throw new UsageException("cannot tell the format of " + out
          + ": name it .pdf, .png, .pptx, .md, .canvas or .csv, or give --format");
    }
    return f;
  }

  private static Paper paper(Invocation invocation) {
    String asked = invocation.option(PAPER.name());
    if (asked == null) {
      return Paper.A4;
    }
    Paper p = Paper.parse(asked);
    if (p == null) {
      throw new UsageException("--paper must be a4, a3 or letter, not '" + asked + "'");
    }
    return p;
  }
}
