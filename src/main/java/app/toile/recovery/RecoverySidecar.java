package app.toile.recovery;

import app.toile.disk.BoundedReader;
import app.toile.disk.DiskException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * The small text file beside a recovery copy that says whose copy it is and when it was written,
 * as Java properties: {@code file} or {@code untitled}, {@code written}, {@code title}.
 */
final class RecoverySidecar {
  static final String SUFFIX = ".recovery.properties";
  /** A note is a few hundred bytes; a long title and path stay far below this. */
  private static final long MAX_BYTES = 256 * 1024;

  private RecoverySidecar() {}

  static byte[] write(DocumentId document, Instant written, String title) {
    Properties p = new Properties();
    if (document.isUntitled()) {
      p.setProperty("untitled", document.untitled());
    } else {
      p.setProperty("file", document.file().toString());
    }
    p.setProperty("written", written.toString());
    if (title != null) {
      p.setProperty("title", title);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      // Written to bytes, properties escape every character outside Latin-1: the note is ASCII.
      p.store(out, "Toile recovery copy");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Reads the note of a copy; a missing or damaged note gives a copy of an unknown untitled
   * document with the problem said, so that the work it holds is still offered.
   */
  static RecoveryCopy read(Path sidecar, Path copy, String key) {
    try {
      Properties p = new Properties();
      p.load(new ByteArrayInputStream(BoundedReader.read(sidecar, MAX_BYTES)));
      String file = p.getProperty("file");
      String untitled = p.getProperty("untitled");
      DocumentId document = file != null ? DocumentId.of(Path.of(file)) : DocumentId.untitled(untitled);
      return new RecoveryCopy(document, copy, Instant.parse(p.getProperty("written")),
          p.getProperty("title"), null);
    } catch (IOException | RuntimeException e) {
      // Missing, too large, bad escapes, a bad path or id, a missing or bad time: a damaged note.
      String problem = e instanceof DiskException disk ? disk.reason() : "its note is damaged";
      return new RecoveryCopy(unknownDocument(key), copy, modified(copy), null,
          "cannot read its note: " + problem);
    }
  }

  /** An untitled document named after the copy, whatever its name: a stray file is offered too. */
  private static DocumentId unknownDocument(String key) {
    String id = key.replaceAll("[^A-Za-z0-9-]", "-");
    return DocumentId.untitled(id.isEmpty() ? "unknown" : id.substring(0, Math.min(64, id.length())));
  }

  private static Instant modified(Path copy) {
    try {
      return Files.getLastModifiedTime(copy).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }
}
