package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sample canvases shipped with Toile are files this Toile reads, and writes back the same. */
class SamplesLoadTest {

  @Test
  void everySampleLoadsAndSurvivesASave() throws IOException {
    Path samples = Path.of(System.getProperty("toile.samples.dir", "samples"));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(samples)) {
      files = walk.filter(p -> p.toString().endsWith(CanvasFormat.EXTENSION)).sorted().toList();
    }
    assertThat(files).as("sample canvases in " + samples).isNotEmpty();
    for (Path file : files) {
      Canvas canvas = CanvasFiles.load(file);
      assertThat(canvas.segments()).as(file.toString()).isNotEmpty();
      assertThat(CanvasFiles.fromBytes(CanvasFiles.toBytes(canvas), file.toString()))
          .as(file.toString()).isEqualTo(canvas);
    }
  }
}
