package app.toile.disk;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/** Named pipes for tests; Java cannot make one, the system's {@code mkfifo} can. */
final class Fifo {
  private Fifo() {}

  static Path make(Path path) throws Exception {
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    } catch (java.io.IOException e) {
      assumeTrue(false, "a system with mkfifo");
      throw e;
    }
    assumeTrue(p.waitFor() == 0, "mkfifo made the pipe");
    return path;
  }
}
