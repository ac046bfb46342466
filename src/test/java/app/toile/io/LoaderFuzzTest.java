package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Feeds the loader with bytes that Jazzer mutates from the seed corpus (the samples and every
 * canvas under {@code src/test/resources/canvases} and {@code validation}, copied into
 * {@code LoaderFuzzTestInputs/load} by the build). The only outcomes allowed are a canvas that
 * saves and reads back equal, or one {@link CanvasFileException} whose message is a single line
 * naming the file; anything else thrown is a finding.
 *
 * <p>In the normal tests it runs each seed once, then fuzzes for a few seconds in a fork of its own
 * ({@code JAZZER_FUZZ=1}); {@code -Pfuzz} fuzzes for as long as {@code toile.fuzz.seconds} says.
 */
class LoaderFuzzTest {

  @FuzzTest(maxDuration = "5s")
  void load(byte[] data) {
    Canvas canvas;
    try {
      canvas = CanvasFiles.fromBytes(data, "fuzz.toile.json");
    } catch (CanvasFileException e) {
      assertThat(e.getMessage()).startsWith("fuzz.toile.json").doesNotContain("\n", "\r");
      return;
    }
    assertThat(CanvasFiles.fromBytes(CanvasFiles.toBytes(canvas), "again")).isEqualTo(canvas);
  }
}
