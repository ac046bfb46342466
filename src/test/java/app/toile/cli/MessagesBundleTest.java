package app.toile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.interchange.ImportReportText;
import app.toile.validation.FindingMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code messages} bundle holds exactly the keys the findings and the command line use. */
class MessagesBundleTest {

  @Test
  void noKeyIsUnusedAndNoUsedKeyIsMissing() throws IOException {
    Set<String> used = new HashSet<>(FindingMessages.keys());
    used.addAll(ValidateCommand.MESSAGE_KEYS);
    used.addAll(ImportReportText.MESSAGE_KEYS);
    used.addAll(ImportCommand.MESSAGE_KEYS);
    for (String file : new String[] {"messages.properties", "messages_fr.properties"}) {
      Properties p = new Properties();
      try (InputStream in = getClass().getResourceAsStream("/app/toile/i18n/" + file)) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      assertThat(p.stringPropertyNames()).as(file).containsExactlyInAnyOrderElementsOf(used);
    }
  }
}
