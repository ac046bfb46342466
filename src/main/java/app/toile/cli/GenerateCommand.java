package app.toile.cli;

import app.toile.generate.CanvasGenerator;
import app.toile.generate.GeneratorSettings;
import app.toile.io.CanvasFileException;
import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code toile generate --segments N --notes M [--seed S] [--out-of-range] -o FILE}: writes a
 * large, realistic canvas made from a seed, for trying Toile on big canvases and for benchmarks.
 */
final class GenerateCommand implements Command {
  private static final Option SEGMENTS = new Option("--segments", "N",
      "how many customer segments (default 20)");
  private static final Option NOTES = new Option("--notes", "M",
      "how many notes over the eight other blocks (default 100)");
  private static final Option SEED = new Option("--seed", "S",
      "the same seed gives the same file (default 1)");
  private static final Option OUT_OF_RANGE = new Option("--out-of-range", null,
      "put in values validation reports: scores of 7, ages of 150, links to missing segments");
  private static final Option OUTPUT = new Option("-o", "FILE", "the canvas file to write");

  @Override
  public String name() {
    return "generate";
  }

  @Override
  public String arguments() {
    return "[OPTIONS] -o FILE";
  }

  @Override
  public String summary() {
    return "write a generated canvas of any size, the same for the same seed";
  }

  @Override
  public List<Option> options() {
    return List.of(SEGMENTS, NOTES, SEED, OUT_OF_RANGE, OUTPUT);
  }

  @Override
  public int run(Invocation invocation) {
    String file = invocation.option(OUTPUT.name());
    if (file == null || !invocation.operands().isEmpty()) {
      throw new UsageException("generate needs -o FILE and no other argument");
    }
    GeneratorSettings settings;
    try {
      settings = new GeneratorSettings(
          whole(invocation, SEGMENTS, 20), whole(invocation, NOTES, 100),
          seed(invocation), invocation.option(OUT_OF_RANGE.name()) != null);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Canvas canvas = CanvasGenerator.generate(settings);
    try {
      CanvasFiles.save(canvas, Path.of(file));
    } catch (CanvasFileException e) {
      invocation.err().println(Cli.PREFIX + e.getMessage());
      return Cli.UNREADABLE;
    }
    invocation.out().println(file + ": " + canvas.segments().size() + " segments, "
        + canvas.noteCount() + " notes");
    return Cli.OK;
  }

  private static int whole(Invocation invocation, Option option, int otherwise) {
    String value = invocation.option(option.name());
    if (value == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new UsageException(option.name() + " must be a whole number, not '" + value + "'");
    }
  }

  private static long seed(Invocation invocation) {
    String value = invocation.option(SEED.name());
    try {
      return value == null ? 1 : Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new UsageException("--seed must be a whole number, not '" + value + "'");
    }
  }
}
