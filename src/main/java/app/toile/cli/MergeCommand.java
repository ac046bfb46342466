package app.toile.cli;

import app.toile.disk.SafeWriter;
import app.toile.io.CanvasFile;
import app.toile.io.CanvasFileException;
import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import app.toile.model.MergeConflict;
import app.toile.versions.ConflictText;
import app.toile.versions.Merge;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code toile merge BASE OURS THEIRS -o OUT}: the three-way merge of two canvases that started
 * from BASE, by ids ({@link Merge}), written to OUT whole or not at all. Exit 0 when it merged
 * cleanly; 1 when conflicts were left (ours kept, each said on stderr and recorded in OUT);
 * 2 when a canvas cannot be read or OUT cannot be written (OUT is then untouched). OUT may be
 * OURS, as git's merge driver asks ({@code toile merge %O %A %B -o %A}); it must be a new file
 * or a canvas, never another kind of file. No {@code .bak} is kept: git holds every side.
 */
final class MergeCommand implements Command {
  static final Option LABEL = new Option("--label", "NAME",
      "how the report names OUT (git's merge driver passes %P, the file's path in the repository)");

  @Override
  public String name() {
    return "merge";
  }

  @Override
  public String arguments() {
    return "[OPTIONS] BASE OURS THEIRS -o OUT";
  }

  @Override
  public String summary() {
    return "merge two canvases edited from BASE (exit 1: conflicts left, ours kept)";
  }

  @Override
  public List<Option> options() {
    return List.of(ExportCommand.OUTPUT, ExportCommand.OUTPUT_LONG, LABEL, Option.LANG);
  }

  @Override
  public int run(Invocation invocation) {
    if (invocation.operands().size() != 3) {
      throw new UsageException("merge needs three files: BASE OURS THEIRS");
    }
    Path out = output(invocation);
    List<CanvasFile> sides = new ArrayList<>();
    for (String file : invocation.operands()) {
      try {
        sides.add(CanvasFiles.open(Path.of(file)));
      } catch (CanvasFileException e) {
        invocation.err().println(Cli.PREFIX + e.getMessage());
        return Cli.UNREADABLE;
      } catch (RuntimeException e) {
        invocation.err().println(Cli.PREFIX + FileResult.unexpected(file, "cannot read", e));
        return Cli.UNREADABLE;
      }
    }
    if (Files.exists(out) && !CanvasFiles.holdsCanvas(out)) {
      invocation.err().println(Cli.PREFIX + out + ": cannot write: it holds something other"
          + " than a canvas, and a merge replaces only a canvas");
      return Cli.UNREADABLE;
    }
    Canvas merged = Merge.of(sides.get(0).canvas(), sides.get(1).canvas(),
        sides.get(2).canvas());
    try {
      CanvasFiles.save(new CanvasFile(merged, sides.get(1).guide()), out, SafeWriter.REPLACING);
    } catch (CanvasFileException e) {
      invocation.err().println(Cli.PREFIX + e.getMessage());
      return Cli.UNREADABLE;
    }
    return report(merged, out, invocation);
  }

  /** The conflicts the merge left, on stderr; those the inputs already had are not repeated. */
  private static int report(Canvas merged, Path out, Invocation invocation) {
    List<MergeConflict> conflicts = merged.conflicts();
    if (conflicts.isEmpty()) {
      return Cli.OK;
    }
    ConflictText text = new ConflictText(merged, invocation.locale());
    String label = invocation.option(LABEL.name());
    invocation.err().println(Cli.PREFIX + text.heading(conflicts.size(),
        label == null ? out.toString() : label));
    conflicts.forEach(c -> invocation.err().println("  " + text.line(c)));
    return Cli.DIFFERENT;
  }

  private static Path output(Invocation invocation) {
    String out = invocation.option(ExportCommand.OUTPUT.name());
    String longOut = invocation.option(ExportCommand.OUTPUT_LONG.name());
    if (out != null && longOut != null) {
      throw new UsageException("give -o or --output, not both");
    }
    String name = out != null ? out : longOut;
    if (name == null || name.isBlank()) {
      throw new UsageException("merge needs -o OUT, the merged canvas to write");
    }
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new UsageException("not a file name: " + name);
    }
  }
}
