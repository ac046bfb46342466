package app.toile.io;

import app.toile.model.Canvas;
import java.nio.file.Path;

/**
 * Loads one canvas file and prints its size in segments and notes, for tests that run the loader
 * in a separate JVM with a heap of their choosing.
 */
public final class LoadOnce {
  private LoadOnce() {}

  public static void main(String[] args) {
    Canvas canvas = CanvasFiles.load(Path.of(args[0]));
    System.out.println(canvas.segments().size() + " " + canvas.noteCount());
  }
}
