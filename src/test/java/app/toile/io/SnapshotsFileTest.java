package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Snapshots are kept in the file, and a file without them is written as it always was. */
class SnapshotsFileTest {

  @Test
  void everySampleSavesByteForByteAsItIsStored() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("samples"))) {
      files = walk.filter(p -> p.toString().endsWith(CanvasFormat.EXTENSION)).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(14);
    for (Path file : files) {
      byte[] stored = Files.readAllBytes(file);
      Canvas canvas = CanvasFiles.fromBytes(stored, file.toString());
      assertThat(canvas.snapshots()).isEmpty();
      assertThat(new String(CanvasFiles.toBytes(canvas), StandardCharsets.UTF_8))
          .as(file.toString()).isEqualTo(new String(stored, StandardCharsets.UTF_8));
    }
  }

  @Test
  void aFileWithSnapshotsLoadsThemAndSavesByteForByte() {
    byte[] file = TestCanvases.bytes("snapshots.toile.json");
    Canvas canvas = CanvasFiles.fromBytes(file, "snapshots.toile.json");
    assertThat(canvas.snapshots()).extracting(Snapshot::name)
        .containsExactly("First draft", "After the interviews");
    Snapshot first = canvas.snapshots().get(0);
    assertThat(first.savedAt()).isEqualTo(Instant.parse("2026-11-02T08:15:00Z"));
    assertThat(first.canvas().segments().get(0).evaluation().painDepth()).isEqualTo(3);
    Snapshot second = canvas.snapshot(" After the interviews ").orElseThrow();
    assertThat(second.canvas().notes(Block.VALUE_PROPOSITIONS).get(0).text())
        .isEqualTo("A hot lunch for 5 euros");
    assertThat(second.canvas().extras().fields()).containsEntry("reviewedBy", "\"Ana\"");
    assertThat(second.extras().fields()).containsEntry("pinned", "true");
    assertThat(new String(CanvasFiles.toBytes(canvas), StandardCharsets.UTF_8))
        .isEqualTo(new String(file, StandardCharsets.UTF_8));
  }

  @Test
  void aSnapshotSharesIdsWithTheCanvasButItsOwnIdsStayUnique() {
    String file = TestCanvases.text("snapshots.toile.json").replace(
        "\"name\": \"After the interviews\"", "\"name\": \"Twice\"").replace(
        "\"text\": \"A hot lunch for 5 euros\"",
        "\"text\": \"A hot lunch for 5 euros\" }, { \"id\": \"seg-students1\"");
    assertThatThrownBy(() -> CanvasFiles.fromBytes(file.getBytes(StandardCharsets.UTF_8), "f"))
        .isInstanceOf(CanvasFileException.class)
        .hasMessageContaining("duplicate id \"seg-students1\"");
  }

  @Test
  void aRepeatedNameIsNumberedOnLoad() {
    String file = TestCanvases.text("snapshots.toile.json")
        .replace("After the interviews", "First draft");
    Canvas canvas = CanvasFiles.fromBytes(file.getBytes(StandardCharsets.UTF_8), "f");
    assertThat(canvas.snapshots()).extracting(Snapshot::name)
        .containsExactly("First draft", "First draft (2)");
  }

  @Test
  void aSnapshotWithinASnapshotOrAnUnreadableDateIsRefusedWithItsPlace() {
    String nested = TestCanvases.text("snapshots.toile.json")
        .replace("\"reviewedBy\": \"Ana\"", "\"snapshots\": []");
    assertThatThrownBy(() -> CanvasFiles.fromBytes(nested.getBytes(StandardCharsets.UTF_8), "f"))
        .hasMessageStartingWith("f:")
        .hasMessageContaining("a snapshot's canvas holds no snapshots of its own");
    String date = TestCanvases.text("snapshots.toile.json")
        .replace("2026-11-02T08:15:00Z", "yesterday");
    assertThatThrownBy(() -> CanvasFiles.fromBytes(date.getBytes(StandardCharsets.UTF_8), "f"))
        .hasMessageContaining("f:34:18:")
        .hasMessageContaining("\"savedAt\" must be a date and time with its offset");
  }

  @Test
  void aSnapshotTakenOfACanvasWithSnapshotsKeepsOnlyTheCanvas() {
    Canvas canvas = Canvas.empty()
        .withSegments(List.of(CustomerSegment.named("seg-1", "Paris")));
    Canvas once = canvas.withSnapshots(List.of(Snapshot.of("v1", Instant.EPOCH, canvas)));
    Snapshot twice = Snapshot.of("v2", Instant.parse("2026-12-06T09:30:00.750Z"), once);
    assertThat(twice.canvas().snapshots()).isEmpty();
    assertThat(twice.canvas()).isEqualTo(canvas);
    assertThat(twice.savedAt()).isEqualTo(Instant.parse("2026-12-06T09:30:00Z"));
    Canvas back = CanvasFiles.fromBytes(CanvasFiles.toBytes(
        once.withSnapshots(List.of(once.snapshots().get(0), twice))), "memory");
    assertThat(back.snapshots()).extracting(Snapshot::name).containsExactly("v1", "v2");
    assertThat(back.snapshot("v2").orElseThrow().canvas()).isEqualTo(canvas);
  }
}
