package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every field Toile writes is described in docs/file-format.md and in the JSON Schema. */
class FormatDocsTest {

  @Test
  void everyFieldOfTheCompleteCanvasIsDocumented() throws IOException {
    byte[] written = CanvasFiles.toBytes(CanvasFiles.fromBytes(
        TestCanvases.bytes("complete.toile.json"), "complete.toile.json"));
    Set<String> names = new TreeSet<>();
    collect(new ObjectMapper().readTree(written), names);
    String doc = Files.readString(Path.of("docs/file-format.md"));
    String schema = Files.readString(Path.of("docs/toile-canvas.schema.json"));
    assertThat(names).hasSizeGreaterThan(80);
    for (String name : names) {
      assertThat(doc).as("docs/file-format.md describes " + name).contains("`" + name + "`");
      assertThat(schema).as("the schema describes " + name).contains("\"" + name + "\": {");
    }
  }

  private static void collect(JsonNode node, Set<String> names) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        names.add(e.getKey());
        collect(e.getValue(), names);
      });
    } else if (node.isArray()) {
      node.forEach(item -> collect(item, names));
    }
  }
}
