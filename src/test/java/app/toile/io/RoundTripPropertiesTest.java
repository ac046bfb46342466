package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a canvas holds, saving and loading it changes nothing: the model comes back equal, and
 * a file Toile wrote is written back byte for byte. (One property checks both, because making the
 * canvases costs more than the checks.)
 */
class RoundTripPropertiesTest {

  @Property(tries = 150)
  void canvasSurvivesSaveAndLoadAndItsFileIsWrittenBackByteForByte(
      @ForAll("canvases") Canvas canvas) {
    byte[] file = CanvasFiles.toBytes(canvas);
    Canvas loaded = CanvasFiles.fromBytes(file, "property.toile.json");
    assertThat(loaded).isEqualTo(canvas);
    assertThat(CanvasFiles.toBytes(loaded)).isEqualTo(file);
  }

  @Provide
  Arbitrary<Canvas> canvases() {
    return CanvasArbitraries.canvases();
  }
}
