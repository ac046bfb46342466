package app.toile.bench;

import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import app.toile.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opening and saving the large canvas against Jackson alone: reading the same bytes into a tree,
 * and writing that tree pretty-printed through the same durable steps as the editor's save.
 */
final class FileBench {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  /**
   * Warm-up turns for both rows, at the least. Opening runs the reader, the model and the
   * validator, code that on two busy cores the compiler is still working through after three
   * turns, while the floor's smaller path through Jackson is already compiled: the figure then
   * measures the compiler's queue. As for validation, ten turns let both sides settle.
   */
  private static final int MIN_WARM_UPS = 10;

  private FileBench() {}

  /** Open = read the file, parse, map to the model, validate; floor = read it into a tree. */
  static Row open(Path file, int warmUps, int runs) throws Exception {
    Interleaved.Medians medians = Interleaved.time(Interleaved.Clock.CPU,
        Math.max(MIN_WARM_UPS, warmUps), runs,
        () -> {
          Canvas canvas = CanvasFiles.load(file);
          return Validator.validate(canvas);
        },
        () -> PLAIN.readTree(Files.readAllBytes(file)));
    return Row.timed("open a 500-segment, 10,000-note canvas: parse + map to model + validate",
        "Jackson reading the same bytes into a tree", medians, 2.5);
  }

  /** Save = the editor's safe save of the model; floor = Jackson writing the tree, same fsyncs. */
  static Row save(Path file, Path folder, int warmUps, int runs) throws Exception {
    Canvas canvas = CanvasFiles.load(file);
    JsonNode tree = PLAIN.readTree(Files.readAllBytes(file));
    Path saved = folder.resolve("saved.toile.json");
    Path written = folder.resolve("written.json");
    Interleaved.Medians medians = Interleaved.time(Interleaved.Clock.WALL,
        Math.max(MIN_WARM_UPS, warmUps), runs,
        () -> {
          CanvasFiles.save(canvas, saved);
          return saved;
        },
        () -> {
          DurableWrite.write(PLAIN.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree),
              written);
          return written;
        });
    return Row.timed("save the same canvas", "Jackson writing the same tree (same fsyncs)", medians,
        2.0);
  }
}
