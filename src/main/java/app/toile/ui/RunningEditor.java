package app.toile.ui;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One editor process per user: a later launch (a double-click on a canvas, "Open with Toile",
 * {@code toile FILE}) hands its files to the editor already running, which opens them in a new
 * window, instead of starting a second Java runtime. The two talk over a Unix domain socket in
 * Toile's data folder; when nothing answers there, the launch starts the editor itself.
 *
 * <p>What a launch sends is its arguments, one a line, as absolute paths; the running editor
 * answers {@code ok} once it has taken them, so a launch that gets no answer never leaves its
 * files unopened.
 */
final class RunningEditor implements AutoCloseable {
  /** A message holds a few paths: anything longer is not a launch of Toile's. */
  static final int MAX_MESSAGE = 64 * 1024;
  private static final System.Logger LOG = System.getLogger(RunningEditor.class.getName());

  private final Path socket;
  private final ServerSocketChannel server;
  private final Thread listener;

  private RunningEditor(Path socket, ServerSocketChannel server, Consumer<List<String>> open) {
    this.socket = socket;
    this.server = server;
    listener = new Thread(() -> serve(open), "toile-launches");
    listener.setDaemon(true);
    listener.start();
  }

  /**
   * Hands a launch's arguments to the editor listening on the socket. Returns whether it took
   * them; false when none runs (a socket left by an editor that was killed is removed).
   */
  static boolean handOver(Path socket, List<String> args) {
    if (!Files.exists(socket)) {
      return false;
    }
    try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      StringBuilder message = new StringBuilder();
      for (String arg : args) {
        message.append(arg.startsWith("--") ? arg : absolute(arg)).append('\n');
      }
      channel.write(ByteBuffer.wrap(message.toString().getBytes(StandardCharsets.UTF_8)));
      channel.shutdownOutput();
      return "ok".equals(readAll(channel).strip());
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(socket);
      } catch (IOException ignored) {
        // Another launch may be binding it right now; it will do without.
      }
      return false;
    }
  }

  /**
   * Listens for later launches; each one's arguments are given to {@code open} on the listener's
   * thread. Returns null when the socket cannot be made (a folder that cannot be written, a path
   * too long for a socket): the editor then simply runs alone.
   */
  static RunningEditor listen(Path socket, Consumer<List<String>> open) {
    try {
      Files.createDirectories(socket.getParent());
      Files.deleteIfExists(socket);
      ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      server.bind(UnixDomainSocketAddress.of(socket));
      return new RunningEditor(socket, server, open);
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.INFO, "Later launches will start their own editor: {0}",
          e.getMessage());
      return null;
    }
  }

  private void serve(Consumer<List<String>> open) {
    while (server.isOpen()) {
      try (SocketChannel channel = server.accept()) {
        List<String> args = new ArrayList<>();
        for (String line : readAll(channel).split("\n")) {
          if (!line.isBlank()) {
            args.add(line);
          }
        }
        open.accept(args);
        channel.write(ByteBuffer.wrap("ok\n".getBytes(StandardCharsets.UTF_8)));
      } catch (IOException | RuntimeException e) {
        if (server.isOpen()) {
          LOG.log(System.Logger.Level.WARNING, "A later launch could not be read: {0}",
              e.getMessage());
        }
      }
    }
  }

  /** Stops listening and removes the socket. */
  @Override
  public void close() {
    try {
      server.close();
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "Cannot remove {0}: {1}", socket, e.getMessage());
    }
  }

  /** Stops listening and leaves the socket's file, as an editor that was killed does. */
  void closeWithoutRemoving() throws IOException {
    server.close();
  }

  private static String absolute(String arg) {
    try {
      return Path.of(arg).toAbsolutePath().toString();
    } catch (RuntimeException notAPath) {
      return arg;
    }
  }

  private static String readAll(SocketChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(MAX_MESSAGE + 1);
    while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
      // Reads until the other side has said all, or more than a launch would say.
    }
    if (!buffer.hasRemaining()) {
      throw new IOException("message longer than " + MAX_MESSAGE + " bytes");
    }
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
  }
}
