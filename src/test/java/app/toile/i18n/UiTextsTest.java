package app.toile.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.command.AddNote;
import app.toile.command.Command;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The editor's own texts: the same keys in English and French, and every key the code uses. */
class UiTextsTest {
  /** A string literal that looks like a text key: a known prefix, a dot, a name (not a prefix). */
  private static final Pattern KEY = Pattern.compile(
      "\"((?:action|menu|tooltip|command|start|note|segment|header|status|dialog|error|shortcut|app|canvas)"
          + "\\.[a-zA-Z.]*[a-zA-Z])\"");

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = UiTextsTest.class.getResourceAsStream("/app/toile/i18n/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void englishAndFrenchHaveTheSameKeys() throws IOException {
    assertThat(load("ui_fr.properties").keySet())
        .containsExactlyInAnyOrderElementsOf(load("ui.properties").keySet());
  }

  @Test
  void everyKeyTheEditorUsesExists() throws IOException {
    Set<String> used = new TreeSet<>();
    for (Path dir : new Path[] {Path.of("src/main/java/app/toile/ui"), Path.of("src/main/java/app/toile/command")}) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          String src = Files.readString(f);
          Matcher m = KEY.matcher(src);
          while (m.find()) {
            used.add(m.group(1));
          }
        }
      }
    }
    assertThat(used).contains("command.addNote", "start.new", "action.undoWhat");
    Properties known = load("ui.properties");
    known.putAll(load("labels.properties"));
    assertThat(used).allSatisfy(k -> assertThat(known).containsKey(k));
  }

  @Test
  void namesTheEditToUndoInBothLanguages() {
    Command add = AddNote.append(app.toile.model.Block.CHANNELS, app.toile.model.Note.of("n", ""));
    Texts en = Texts.of("ui", Locale.ENGLISH);
    Texts fr = Texts.of("ui", Locale.FRENCH);
    assertThat(en.get("action.undoWhat", en.get(add.descriptionKey()))).isEqualTo("_Undo Add note");
    assertThat(fr.get("action.undoWhat", fr.get(add.descriptionKey()))).isEqualTo("_Annuler : ajout de note");
    assertThat(en.get("dialog.unsaved.discard")).isEqualTo("Don't save");
  }
}
