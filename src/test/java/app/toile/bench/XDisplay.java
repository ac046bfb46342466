package app.toile.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A display for the start-up row: the one in {@code DISPLAY}, or a private Xvfb started here on
 * the first free number from :97 and stopped at the end.
 */
final class XDisplay implements AutoCloseable {
  private static final Path XVFB = Path.of("/usr/bin/Xvfb");

  private final String name;
  private final Process server;

  private XDisplay(String name, Process server) {
    this.name = name;
    this.server = server;
  }

  /** The display to use, or empty (with the reason printed) when none can be had. */
  static Optional<XDisplay> open() throws IOException, InterruptedException {
    String current = System.getenv("DISPLAY");
    if (current != null && !current.isBlank()) {
      return Optional.of(new XDisplay(current, null));
    }
    if (!Files.isExecutable(XVFB)) {
      return Optional.empty();
    }
    for (int number = 97; number < 110; number++) {
      if (Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
        continue;
      }
      Process server = new ProcessBuilder(XVFB.toString(), ":" + number, "-screen", "0",
          "1600x1000x24", "-nolisten", "tcp")
          .redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
      Path socket = Path.of("/tmp/.X11-unix/X" + number);
      for (int wait = 0; wait < 100 && server.isAlive() && !Files.exists(socket); wait++) {
        Thread.sleep(50);
      }
      if (server.isAlive() && Files.exists(socket)) {
        return Optional.of(new XDisplay(":" + number, server));
      }
      server.destroy();
    }
    return Optional.empty();
  }

  String name() {
    return name;
  }

  @Override
  public void close() throws InterruptedException {
    if (server != null) {
      server.destroy();
      server.waitFor();
    }
  }
}
