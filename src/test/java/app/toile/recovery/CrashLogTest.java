package app.toile.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crash log says what happened, where, on what, and the folder keeps the last twenty. */
class CrashLogTest {
  private static final Instant T = Instant.parse("2026-11-23T04:41:25.123Z");

  @TempDir
  Path dir;

  @Test
  void logHoldsTimeVersionsSystemThreadAndTheWholeTrace() throws IOException {
    CrashLog logs = new CrashLog(dir.resolve("logs"), "1.2.3", Clock.fixed(T, ZoneOffset.UTC));
    Exception error = new IllegalStateException("segment vanished",
        new IOException("disk said no"));

    Path log = logs.write(new Thread("FX Application Thread"), error);

    assertThat(log.getParent()).isEqualTo(dir.resolve("logs"));
    assertThat(log.getFileName().toString()).isEqualTo("crash-20261123-044125-123.log");
    String text = Files.readString(log);
    assertThat(text).contains(
        "time: 2026-11-23T04:41:25.123Z\n",
        "toile: 1.2.3\n",
        "java: " + System.getProperty("java.version"),
        "os: " + System.getProperty("os.name"),
        "thread: FX Application Thread\n",
        "java.lang.IllegalStateException: segment vanished",
        "at app.toile.recovery.CrashLogTest.logHoldsTimeVersionsSystemThreadAndTheWholeTrace",
        "Caused by: java.io.IOException: disk said no");
  }

  @Test
  void twoCrashesInTheSameMillisecondGetTwoLogs() {
    CrashLog logs = new CrashLog(dir, "dev", Clock.fixed(T, ZoneOffset.UTC));
    Path first = logs.write(Thread.currentThread(), new RuntimeException("one"));
    Path second = logs.write(Thread.currentThread(), new RuntimeException("two"));
    assertThat(first).isNotEqualTo(second);
    assertThat(names()).hasSize(2);
  }

  @Test
  void onlyTheTwentyMostRecentLogsAreKept() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "not a log: left alone");
    for (int i = 0; i < 25; i++) {
      Clock clock = Clock.fixed(T.plus(Duration.ofSeconds(i)), ZoneOffset.UTC);
      new CrashLog(dir, "dev", clock).write(null, new RuntimeException("crash " + i));
    }
    List<String> names = names();
    assertThat(names).hasSize(CrashLog.KEPT + 1).contains("notes.txt");
    assertThat(names).doesNotContain("crash-20261123-044125-123.log")
        .contains("crash-20261123-044149-123.log", "crash-20261123-044130-123.log");
  }

  @Test
  void unwritableFolderIsOneUncheckedError() throws IOException {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "");
    CrashLog logs = new CrashLog(file.resolve("logs"), "dev", Clock.systemUTC());
    assertThatThrownBy(() -> logs.write(null, new RuntimeException()))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("cannot write the crash log: ");
  }

  private List<String> names() {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
