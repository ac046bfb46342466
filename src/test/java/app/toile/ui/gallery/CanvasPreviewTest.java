package app.toile.ui.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.SampleCatalog;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import app.toile.model.NoteColour;
import app.toile.ui.base.SegmentColours;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The preview draws each block where the canonical layout puts it, with the colours of its own
 * notes and no other, and the segment chips in the Customer Segments block.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasPreviewTest {
  private static final int WIDTH = 400;
  private static final int HEIGHT = 240;

  @Start
  void start(Stage stage) {
    // The toolkit only: previews are drawn off any scene.
  }

  private static PixelReader draw(FxRobot robot, Canvas model) {
    WritableImage[] image = new WritableImage[1];
    robot.interact(() -> image[0] = new CanvasPreview(model, WIDTH, HEIGHT).snapshot(null, null));
    return image[0].getPixelReader();
  }

  /** The exact colours inside a block's rectangle, to the nearest 8-bit value. */
  private static Set<Integer> colours(PixelReader pixels, Block block) {
    Block.Area a = block.area();
    Set<Integer> found = new HashSet<>();
    for (int x = (int) Math.ceil(a.x() * WIDTH); x < (int) ((a.x() + a.width()) * WIDTH); x++) {
      for (int y = (int) Math.ceil(a.y() * HEIGHT); y < (int) ((a.y() + a.height()) * HEIGHT); y++) {
        found.add(pixels.getArgb(x, y) & 0xFFFFFF);
      }
    }
    return found;
  }

  private static int rgb(Color c) {
    return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
        | (int) Math.round(c.getBlue() * 255);
  }

  @Test
  void everyBlockShowsTheColoursOfItsOwnNotesAndNoOthers(FxRobot robot) {
    for (String name : List.of("paris-startup", "card-issuer")) {
      Canvas model = SampleCatalog.load(name, Locale.ENGLISH).canvas();
      PixelReader pixels = draw(robot, model);
      for (Block b : Block.noteBlocks()) {
        Set<Integer> shown = colours(pixels, b);
        for (NoteColour c : NoteColour.values()) {
          boolean used = model.notes(b).stream().map(Note::colourOrDefault).anyMatch(c::equals);
          assertThat(shown.contains(rgb(Color.web(c.hex()))))
              .as("%s: %s in %s", name, c, b).isEqualTo(used);
        }
      }
      Set<Integer> segments = colours(pixels, Block.CUSTOMER_SEGMENTS);
      for (CustomerSegment s : model.segments()) {
        assertThat(segments).as("%s: chip of %s", name, s.name()).contains(rgb(SegmentColours.of(s)));
      }
    }
  }

  @Test
  void anEmptyCanvasShowsOnlyTheNineBlocks(FxRobot robot) {
    PixelReader pixels = draw(robot, Canvas.empty());
    for (Block b : Block.values()) {
      Set<Integer> shown = colours(pixels, b);
      for (NoteColour c : NoteColour.values()) {
        assertThat(shown).doesNotContain(rgb(Color.web(c.hex())));
      }
      assertThat(shown).as("the block's fill in %s", b).contains(0xF4F6F8);
    }
  }
}
