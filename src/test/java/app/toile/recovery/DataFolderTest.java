package app.toile.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-user folder follows each platform's convention, and the property overrides it. */
class DataFolderTest {

  @Test
  void linuxUsesXdgDataHomeOrLocalShare() {
    assertThat(DataFolder.resolve("Linux", Map.of("XDG_DATA_HOME", "/data/me"), "/home/me", null))
        .isEqualTo(Path.of("/data/me/toile"));
    assertThat(DataFolder.resolve("Linux", Map.of(), "/home/me", null))
        .isEqualTo(Path.of("/home/me/.local/share/toile"));
    assertThat(DataFolder.resolve("Linux", Map.of("XDG_DATA_HOME", "relative"), "/home/me", null))
        .as("a relative XDG_DATA_HOME is ignored").isEqualTo(Path.of("/home/me/.local/share/toile"));
  }

  @Test
  void windowsUsesAppData() {
    assertThat(DataFolder.resolve("Windows 11", Map.of("APPDATA", "/users/me/roaming"), "/users/me",
        null)).isEqualTo(Path.of("/users/me/roaming", "Toile"));
    assertThat(DataFolder.resolve("Windows 11", Map.of(), "/users/me", null))
        .isEqualTo(Path.of("/users/me", "AppData", "Roaming", "Toile"));
  }

  @Test
  void macUsesApplicationSupport() {
    assertThat(DataFolder.resolve("Mac OS X", Map.of("XDG_DATA_HOME", "/x"), "/Users/me", null))
        .isEqualTo(Path.of("/Users/me/Library/Application Support/Toile"));
  }

  @Test
  void propertyOverridesEveryPlatform() {
    assertThat(DataFolder.resolve("Windows 11", Map.of("APPDATA", "/a"), "/h", "/tmp/toile-test"))
        .isEqualTo(Path.of("/tmp/toile-test"));
    assertThat(DataFolder.resolve("Linux", Map.of(), "/h", " ")).as("blank is unset")
        .isEqualTo(Path.of("/h/.local/share/toile"));
  }

  @Test
  void recoveryAndLogsAreInsideTheFolderGivenByTheProperty() {
    String before = System.getProperty(DataFolder.PROPERTY);
    System.setProperty(DataFolder.PROPERTY, "/tmp/toile-data");
    try {
      assertThat(DataFolder.recovery()).isEqualTo(Path.of("/tmp/toile-data/recovery"));
      assertThat(DataFolder.logs()).isEqualTo(Path.of("/tmp/toile-data/logs"));
      assertThat(RecoveryStore.forUser().folder()).isEqualTo(Path.of("/tmp/toile-data/recovery"));
    } finally {
      if (before == null) {
        System.clearProperty(DataFolder.PROPERTY);
      } else {
        System.setProperty(DataFolder.PROPERTY, before);
      }
    }
  }
}
