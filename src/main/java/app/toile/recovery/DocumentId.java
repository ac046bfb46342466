package app.toile.recovery;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * Which document a recovery copy belongs to: a canvas file, or an untitled canvas that has no file
 * yet. Exactly one of the two is set.
 *
 * @param file the canvas file, absolute and normalised; null for an untitled canvas
 * @param untitled the untitled canvas's id; null for a file
 */
public record DocumentId(Path file, String untitled) {

  public DocumentId {
    if ((file == null) == (untitled == null)) {
      throw new IllegalArgumentException("a document is either a file or untitled");
    }
    if (untitled != null && !untitled.matches("[A-Za-z0-9-]{1,64}")) {
      throw new IllegalArgumentException("an untitled id is letters, digits and dashes");
    }
    file = file == null ? null : file.toAbsolutePath().normalize();
  }

  /** The document saved in this file. */
  public static DocumentId of(Path file) {
    return new DocumentId(Objects.requireNonNull(file, "file"), null);
  }

  /** An untitled document with this id, such as one kept from {@link #newUntitled()}. */
  public static DocumentId untitled(String id) {
    return new DocumentId(null, Objects.requireNonNull(id, "id"));
  }

  /** A new untitled document, different from every other. */
  public static DocumentId newUntitled() {
    return untitled(UUID.randomUUID().toString());
  }

  /** Whether the document has no file yet. */
  public boolean isUntitled() {
    return file == null;
  }

  /**
   * The name its recovery copy is stored under: stable for a document, safe on every file
   * system, and short whatever the length of the path.
   */
  String key() {
    if (isUntitled()) {
      return "untitled-" + untitled;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(file.toString().getBytes(StandardCharsets.UTF_8));
      return "file-" + HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
