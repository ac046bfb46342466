package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A later launch hands its files to the running editor, or starts its own when none answers. */
class RunningEditorTest {
  @TempDir
  Path dir;

  @Test
  void aLaterLaunchHandsItsFilesAsAbsolutePathsToTheRunningEditor() {
    Path socket = dir.resolve("data/editor.socket");
    List<List<String>> opened = new CopyOnWriteArrayList<>();
    try (RunningEditor running = RunningEditor.listen(socket, opened::add)) {
      assertThat(running).isNotNull();
      assertThat(RunningEditor.handOver(socket, List.of("plan.toile.json"))).isTrue();
      assertThat(RunningEditor.handOver(socket, List.of())).as("a bare launch: a new window").isTrue();
    }
    assertThat(opened).containsExactly(
        List.of(Path.of("plan.toile.json").toAbsolutePath().toString()), List.of());
    assertThat(socket).as("removed when the editor ends").doesNotExist();
  }

  @Test
  void withNoEditorRunningTheLaunchStartsItsOwnAndALeftSocketIsRemoved() throws IOException {
    Path socket = dir.resolve("editor.socket");
    assertThat(RunningEditor.handOver(socket, List.of("a.toile.json"))).isFalse();
    // What a killed editor leaves: the socket's file, with nobody listening.
    RunningEditor killed = RunningEditor.listen(socket, args -> { });
    assertThat(killed).isNotNull();
    killed.closeWithoutRemoving();
    assertThat(socket).exists();
    assertThat(RunningEditor.handOver(socket, List.of("a.toile.json"))).isFalse();
    assertThat(socket).doesNotExist();
    try (RunningEditor next = RunningEditor.listen(socket, args -> { })) {
      assertThat(next).as("the next editor listens in its place").isNotNull();
    }
  }

  @Test
  void aFolderWhereNoSocketCanBeMadeLeavesTheEditorAlone() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    assertThat(RunningEditor.listen(file.resolve("editor.socket"), args -> { })).isNull();
  }
}
