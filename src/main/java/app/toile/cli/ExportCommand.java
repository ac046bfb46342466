package app.toile.cli;

import app.toile.disk.DiskException;
import app.toile.export.ExportFile;
import app.toile.export.ExportFormat;
import app.toile.export.ExportMode;
import app.toile.export.ExportOptions;
import app.toile.export.FindingLines;
import app.toile.export.Paper;
import app.toile.export.PngExporter;
import app.toile.interchange.InterchangeFiles;
import app.toile.interchange.InterchangeFormat;
import app.toile.interchange.InterchangeOptions;
import app.toile.model.Canvas;
import app.toile.model.Snapshot;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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
  /** The papers' keys as the usage shows them: {@code a4|a3|letter|a2|a1|a0}. */
  static final String PAPERS =
      Arrays.stream(Paper.values()).map(Paper::key).collect(Collectors.joining("|"));
  static final Option PAPER = new Option("--paper", PAPERS,
      "paper size, always landscape (default: a4; a2, a1, a0 for a poster); slides are always 16:9");
  static final Option FORMAT = new Option("--format", "pdf|png|pptx|md|canvas|csv",
      "the format, whatever OUT's extension (default: from OUT)");
  static final Option CHANGES_SINCE = new Option("--changes-since", "NAME",
      "PDF only: add a page of what changed since the version of that name kept in the file");
  static final Option MODE = new Option("--mode", "working|presentation",
      "working: everything, with findings (default for PDF and PNG); presentation: pursued"
      + " segments as profiles, strategy and market, no findings (default for PowerPoint)");
  static final Option DPI = new Option("--dpi", "N",
      "PNG only: the image's resolution in dots per inch (default: " + PngExporter.DPI + "; "
          + PngExporter.MIN_DPI + " to " + PngExporter.MAX_DPI + ", less on A2, A1 and A0)");
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
    return List.of(OUTPUT, OUTPUT_LONG, PAPER, FORMAT, MODE, DPI, BOM, VersionPick.VERSION,
        CHANGES_SINCE, Option.LANG);
  }

  @Override
  public int run(Invocation invocation) {
    if (invocation.operands().size() != 1) {
      throw new UsageException("export needs exactly one FILE");
    }
    Path out = invocation.output("export needs -o OUT.pdf, .png, .pptx, .md, .canvas or .csv");
    InterchangeFormat open = openFormat(invocation, out);
    ExportFormat format = open == null ? format(invocation, out) : null;
    String since = invocation.option(CHANGES_SINCE.name());
    if (since != null && format != ExportFormat.PDF) {
      throw new UsageException("--changes-since adds a PDF page: export to .pdf");
    }
    Paper paper = paper(invocation);
    ExportOptions options = new ExportOptions(paper, invocation.locale(), null, mode(invocation))
        .withDpi(dpi(invocation, format, paper));
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

  /** The mode asked for; null leaves the format's own default. */
  private static ExportMode mode(Invocation invocation) {
    String asked = invocation.option(MODE.name());
    if (asked == null) {
      return null;
    }
    ExportMode m = ExportMode.parse(asked);
    if (m == null) {
      throw new UsageException("--mode must be working or presentation, not '" + asked + "'");
    }
    return m;
  }

  private static Paper paper(Invocation invocation) {
    String asked = invocation.option(PAPER.name());
    if (asked == null) {
      return Paper.A4;
    }
    Paper p = Paper.parse(asked);
    if (p == null) {
      throw new UsageException("--paper must be one of " + PAPERS + ", not '" + asked + "'");
    }
    return p;
  }

  /** The image's resolution: only for a PNG, a whole number within the paper's bounds. */
  private static int dpi(Invocation invocation, ExportFormat format, Paper paper) {
    String asked = invocation.option(DPI.name());
    if (asked == null) {
      return PngExporter.DPI;
    }
    if (format != ExportFormat.PNG) {
      throw new UsageException("--dpi is for a PNG image only");
    }
    int most = PngExporter.maxDpi(paper);
    String bounds = "--dpi must be a whole number from " + PngExporter.MIN_DPI + " to " + most
        + (most < PngExporter.MAX_DPI ? " on " + paper.key() + " paper" : "");
    int dpi;
    try {
      dpi = Integer.parseInt(asked.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(bounds + ", not '" + asked + "'");
    }
    if (!PngExporter.allows(paper, dpi)) {
      throw new UsageException(bounds + ", not " + dpi);
    }
    return dpi;
  }
}
