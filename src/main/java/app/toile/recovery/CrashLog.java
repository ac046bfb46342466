package app.toile.recovery;

import app.toile.Version;
import app.toile.disk.DiskException;
import app.toile.disk.Reasons;
import app.toile.disk.SafeWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes crash logs: one plain text file per unexpected error, with the time, Toile's version, the
 * Java and the system it ran on, the thread and the whole stack trace, for the user to attach to a
 * bug report. The folder keeps the {@value #KEPT} most recent logs.
 */
public final class CrashLog {
  /** How many logs are kept; older ones are removed when a new one is written. */
  public static final int KEPT = 20;

  private static final String PREFIX = "crash-";
  private static final String SUFFIX = ".log";
  // Names sort by time: the oldest log is the first name in order.
  private static final DateTimeFormatter NAME_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  private final Path folder;
  private final String version;
  private final Clock clock;

  /** A writer of logs into this folder, created when the first log is written. */
  public CrashLog(Path folder, String version) {
    this(folder, version, Clock.systemUTC());
  }

  CrashLog(Path folder, String version, Clock clock) {
    this.folder = folder;
    this.version = version;
    this.clock = clock;
  }

  /** The writer of logs into the user's log folder ({@link DataFolder#logs()}). */
  public static CrashLog forUser() {
    return new CrashLog(DataFolder.logs(), Version.get());
  }

  /**
   * Writes the log of an error and returns its path.
   *
   * @throws UncheckedIOException when the log cannot be written; the caller, already handling an
   *     error, decides whether to say so
   */
  public Path write(Thread thread, Throwable error) {
    Instant now = clock.instant();
    byte[] text = text(now, thread, error).getBytes(StandardCharsets.UTF_8);
    try {
      Files.createDirectories(folder);
      Path log = create(now, text);
      prune();
      return log;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the crash log: " + Reasons.of(e), e);
    } catch (DiskException e) {
      throw new UncheckedIOException("cannot write the crash log: " + e.reason(),
          new IOException(e.reason(), e));
    }
  }

  /**
   * Writes a new file, whole or not at all like every file Toile writes; two crashes in the same
   * millisecond get two names.
   */
  private Path create(Instant now, byte[] text) {
    String stem = PREFIX + NAME_TIME.format(now);
    Path log = folder.resolve(stem + SUFFIX);
    for (int n = 1; Files.exists(log, LinkOption.NOFOLLOW_LINKS); n++) {
      log = folder.resolve(stem + "-" + n + SUFFIX);
    }
    SafeWriter.REPLACING.write(log, text);
    return log;
  }

  private void prune() throws IOException {
    List<Path> logs = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
      files.forEach(logs::add);
    }
    Collections.sort(logs);
    for (int i = 0; i < logs.size() - KEPT; i++) {
      Files.deleteIfExists(logs.get(i));
    }
  }

  private String text(Instant now, Thread thread, Throwable error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    return "Toile crash log\n"
        + "time: " + now + "\n"
        + "toile: " + version + "\n"
        + "java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
        + ", " + System.getProperty("java.vm.name") + ")\n"
        + "os: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
        + System.getProperty("os.arch") + ")\n"
        + "thread: " + (thread == null ? "unknown" : thread.getName()) + "\n"
        + "\n"
        + trace.toString().replace("\r\n", "\n");
  }
}
