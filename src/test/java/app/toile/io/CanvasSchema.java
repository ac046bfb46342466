package app.toile.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The published JSON Schema of canvas files, loaded once, for the tests that check files on it. */
public final class CanvasSchema {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema SCHEMA = schema();

  private CanvasSchema() {}

  private static JsonSchema schema() {
    try (InputStream in = Files.newInputStream(Path.of("docs/toile-canvas.schema.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the schema finds wrong with a file's bytes; empty when it passes. */
  public static Set<ValidationMessage> check(byte[] json) throws IOException {
    return SCHEMA.validate(JSON.readTree(json));
  }
}
