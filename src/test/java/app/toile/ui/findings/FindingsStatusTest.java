package app.toile.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.command.AddSegment;
import app.toile.command.DeleteSegment;
import app.toile.i18n.Texts;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.session.Document;
import app.toile.session.EditorSession;
import app.toile.session.TestSessions;
import app.toile.validation.FindingCode;
import app.toile.validation.Severity;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The findings of a document, as the status bar counts them. */
class FindingsStatusTest {

  @Test
  void followsTheCanvasAndIsEmptyWithNoCanvasOpen() {
    EditorSession session = TestSessions.direct();
    Document doc = session.document();
    FindingsViewModel vm = new FindingsViewModel(session);
    assertThat(vm.findingsProperty().get()).isEmpty();

    doc.load(Canvas.empty(), null);
    assertThat(vm.findingsProperty().get()).extracting(f -> f.code())
        .contains(FindingCode.CANVAS_NO_SEGMENT);
    assertThat(vm.summaryProperty().get().count(Severity.ERROR)).isEqualTo(1);

    doc.execute(AddSegment.append(CustomerSegment.named("s1", "Paris")));
    assertThat(vm.findingsProperty().get()).extracting(f -> f.code())
        .doesNotContain(FindingCode.CANVAS_NO_SEGMENT).contains(FindingCode.SEGMENT_NO_NEED);
    doc.execute(new DeleteSegment("s1"));
    assertThat(vm.summaryProperty().get().count(Severity.ERROR)).isEqualTo(1);
    doc.close();
    assertThat(vm.summaryProperty().get().total()).isZero();
  }

  @Test
  void theStatusCountsReadWellInBothLanguages() {
    assertThat(Texts.of("ui", Locale.ENGLISH).get("status.findings", 1, 0, 3))
        .isEqualTo("1 error \u00b7 no warning \u00b7 3 infos");
    assertThat(Texts.of("ui", Locale.FRENCH).get("status.findings", 2, 1, 0))
        .isEqualTo("2 erreurs \u00b7 1 avertissement \u00b7 aucune information");
  }
}
