package app.toile.disk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path names, for refusing anything that is not an ordinary file before it is opened:
 * opening a pipe with no writer waits for ever, and reading a device such as {@code /dev/zero}
 * never ends.
 */
enum FileKind {
  NONE(null),
  FILE(null),
  FOLDER("it is a folder, not a file"),
  DEVICE("it is a device, not a file"),
  PIPE("it is a pipe, not a file"),
  SOCKET("it is a socket, not a file"),
  OTHER("it is not a regular file");

  private final String refusal;

  FileKind(String refusal) {
    this.refusal = refusal;
  }

  /** Why a read or a write refuses this kind of path; null for a file or nothing. */
  String refusal() {
    return refusal;
  }

  /** What the path names, links followed. */
  static FileKind of(Path path) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (java.nio.file.NoSuchFileException e) {
      return NONE;
    }
    if (attributes.isRegularFile()) {
      return FILE;
    }
    if (attributes.isDirectory()) {
      return FOLDER;
    }
    return special(path);
  }

  /** Tells devices, pipes and sockets apart where the system says (the "unix" view). */
  private static FileKind special(Path path) {
    try {
      int type = (Integer) Files.getAttribute(path, "unix:mode") & 0170000;
      return switch (type) {
        case 0020000, 0060000 -> DEVICE;
        case 0010000 -> PIPE;
        case 0140000 -> SOCKET;
        default -> OTHER;
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException
        | ClassCastException e) {
      return OTHER;
    }
  }
}
