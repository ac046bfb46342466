package app.toile.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The floor's way to the disk, step for step the editor's safe save: the bytes to a temporary
 * file forced to the disk, the previous version copied and forced beside it as {@code .bak}, one
 * atomic rename, and the folder forced. Both sides of the save row then pay the same fsyncs.
 */
final class DurableWrite {
  private DurableWrite() {}

  static void write(byte[] bytes, Path target) throws IOException {
    Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
    force(temp, bytes);
    if (Files.exists(target)) {
      Path backupTemp = target.resolveSibling("." + target.getFileName() + ".bak.tmp");
      force(backupTemp, Files.readAllBytes(target));
      Files.move(backupTemp, target.resolveSibling(target.getFileName() + ".bak"),
          StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    try (FileChannel folder = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
      folder.force(true);
    }
  }

  private static void force(Path file, byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }
}
