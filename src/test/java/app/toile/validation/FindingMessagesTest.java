package app.toile.validation;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.i18n.Texts;
import app.toile.model.Canvas;
import app.toile.model.SegmentStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FindingMessagesTest {
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

  static Properties bundle(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = FindingMessagesTest.class.getResourceAsStream("/app/toile/i18n/" + file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void englishAndFrenchHaveTheSameKeys() throws IOException {
    assertThat(bundle("messages_fr.properties").keySet())
        .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").keySet());
  }

  @Test
  void everyCodeHasAMessageInBothLanguages() {
    for (Locale l : LANGUAGES) {
      Texts t = Texts.of("messages", l);
      for (FindingCode c : FindingCode.values()) {
        boolean own = t.has(c.messageKey());
        boolean variants = FindingMessages.keys().stream()
            .anyMatch(k -> k.startsWith(c.messageKey() + ".") && t.has(k));
        assertThat(own || variants).as("%s in %s", c, l).isTrue();
      }
    }
  }

  @Test
  void everyKeyTheFindingsUseExists() throws IOException {
    // The converse, that every key of the bundle is used, is checked with the command line's keys
    // in app.toile.cli.MessagesBundleTest.
    for (String file : List.of("messages.properties", "messages_fr.properties")) {
      assertThat(bundle(file).keySet()).as(file).containsAll(FindingMessages.keys());
    }
  }

  @Test
  void everyPatternIsAValidMessageFormatAndFrenchAvoidsTheStraightApostrophe()
      throws IOException {
    for (String file : List.of("messages.properties", "messages_fr.properties")) {
      Properties p = bundle(file);
      for (String key : p.stringPropertyNames()) {
        String pattern = p.getProperty(key);
        String formatted = new MessageFormat(pattern).format(new Object[] {1, 2, 3, 4, 5});
        assertThat(formatted).as(file + " " + key).doesNotContain("{", "}");
        if (file.contains("_fr")) {
          assertThat(pattern).as(key).doesNotContain("'");
        }
      }
    }
  }

  @Test
  void messagesNameSegmentsNotIds() {
    Canvas c = CountingTest.messy();
    for (Locale l : LANGUAGES) {
      FindingMessages m = new FindingMessages(c, l);
      for (Finding f : Validator.validate(c)) {
        String text = m.format(f);
        assertThat(text).as("%s %s", f, l).doesNotContain("!", "{", "s1", "s2", "s3");
      }
    }
    Finding tooMany = Validator.validate(c).get(0);
    assertThat(FindingMessages.format(tooMany, c, Locale.ENGLISH))
        .startsWith("2 segments are marked as the focus: \u201cAlpha\u201d, \u201c\u00c1LPHA\u201d.");
    assertThat(FindingMessages.format(tooMany, c, Locale.FRENCH))
        .startsWith("2 segments sont marqués comme cible prioritaire\u00a0: «\u00a0Alpha\u00a0», «\u00a0ÁLPHA\u00a0».");
  }

  @Test
  void theSuggestedFocusIsNamed() {
    Canvas c = Canvases.withSegment(Canvases.clean(), "paris",
        s -> s.withStatus(SegmentStatus.CANDIDATE).withEvaluation(Canvases.scores(1, 1, 1, 1, 1)));
    Finding none = Canvases.findings(c, FindingCode.FOCUS_NONE).get(0);
    assertThat(FindingMessages.format(none, c, Locale.ENGLISH))
        .contains("\u201cLyon entrepreneurs\u201d is the best candidate");
    assertThat(FindingMessages.format(none, c, Locale.FRENCH))
        .contains("«\u00a0Lyon entrepreneurs\u00a0» est le meilleur candidat");
  }

  @Test
  void numbersFieldsAndBlocksAreInTheUsersLanguage() {
    Canvas c = Canvases.withSegment(Canvases.clean(), "lyon",
        s -> s.withEvaluation(s.evaluation().withMarketSharePercent(2.5).withScore(
            app.toile.model.Evaluation.Score.PAIN_DEPTH, 9)));
    List<Finding> all = Validator.validate(c);
    Finding range = all.stream().filter(f -> f.code() == FindingCode.SEGMENT_BAD_RANGE).findFirst()
        .orElseThrow();
    Finding share = all.stream().filter(f -> f.code() == FindingCode.SEGMENT_SMALL_SHARE).findFirst()
        .orElseThrow();
    assertThat(FindingMessages.format(range, c, Locale.ENGLISH))
        .startsWith("\u201cLyon entrepreneurs\u201d: Pain depth is scored 9");
    assertThat(FindingMessages.format(range, c, Locale.FRENCH))
        .startsWith("«\u00a0Lyon entrepreneurs\u00a0»\u00a0: Profondeur de la douleur a la note 9");
    assertThat(FindingMessages.format(share, c, Locale.ENGLISH)).contains("only 2.5 %");
    assertThat(FindingMessages.format(share, c, Locale.FRENCH)).contains("que 2,5 %");
    Finding note = Canvases.findings(CountingTest.messy(), FindingCode.LINK_DANGLING).get(2);
    assertThat(FindingMessages.format(note, CountingTest.messy(), Locale.FRENCH))
        .contains("«\u00a0Ads\u00a0» de Canaux", "ghost");
  }

  @Test
  void unnamedSegmentsAreCalledSo() {
    Canvas c = CountingTest.messy();
    Finding noName = Canvases.findings(c, FindingCode.SEGMENT_NO_NAME).get(0);
    Finding sides = Canvases.findings(c, FindingCode.STRATEGY_SIDES_UNLINKED).get(2);
    assertThat(noName.target().id()).isEqualTo(sides.target().id());
    assertThat(FindingMessages.format(sides, c, Locale.ENGLISH)).contains("Unnamed segment");
  }
}
