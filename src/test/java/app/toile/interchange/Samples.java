package app.toile.interchange;

import app.toile.io.CanvasFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample canvases shipped with Toile, English and French. */
final class Samples {
  private Samples() {}

  static List<Path> all() {
    Path samples = Path.of(System.getProperty("toile.samples.dir", "samples"));
    try (Stream<Path> walk = Files.walk(samples)) {
      return walk.filter(p -> p.toString().endsWith(CanvasFormat.EXTENSION)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
