package app.toile.io;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Header;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A process that saves two canvases in turn until it is killed, for {@link KillDuringSaveTest}. */
public final class SaveLoop {
  private SaveLoop() {}

  /** A canvas large enough (about a megabyte) that a kill often lands in the middle of a save. */
  static Canvas canvas(String title) {
    List<CustomerSegment> segments = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      segments.add(CustomerSegment.named("seg-" + i, title + " segment " + i)
          .withNeed("A need described in a sentence long enough to weigh something " + i));
    }
    return Canvas.empty().withHeader(Header.EMPTY.withTitle(title)).withSegments(segments);
  }

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    Canvas a = canvas("A");
    Canvas b = canvas("B");
    CanvasFiles.save(a, file);
    System.out.println("saving");
    System.out.flush();
    while (true) {
      CanvasFiles.save(b, file);
      CanvasFiles.save(a, file);
    }
  }
}
