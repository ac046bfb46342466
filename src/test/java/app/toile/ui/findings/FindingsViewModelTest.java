package app.toile.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.session.EditorSession;
import app.toile.session.TestSessions;
import app.toile.ui.base.Level;
import app.toile.validation.Finding;
import app.toile.validation.FindingCode;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The session's findings as the views show them: messages in the current language. */
class FindingsViewModelTest {
  private final SimpleObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.ENGLISH);
  private final EditorSession session = TestSessions.with(Runnable::run, Runnable::run, locale);
  private final FindingsViewModel vm = new FindingsViewModel(session);

  @Test
  void messagesFollowTheLanguage() {
    session.document().load(
        Canvas.empty().withSegments(List.of(CustomerSegment.named("a", "Paris"))), null);
    Finding noNeed = vm.forSegment("a").stream()
        .filter(f -> f.code() == FindingCode.SEGMENT_NO_NEED).findFirst().orElseThrow();
    String english = vm.message(noNeed);
    locale.set(Locale.FRENCH);
    assertThat(vm.message(noNeed)).isNotEqualTo(english).contains("Paris");
  }

  @Test
  void fieldMarksCarryTheFieldTheLevelAndTheMessage() {
    session.document().load(
        Canvas.empty().withSegments(List.of(CustomerSegment.named("a", "Paris"))), null);
    List<Finding> findings = vm.forSegment("a");
    assertThat(vm.fieldMarks("a")).hasSize(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      FindingsViewModel.FieldMark m = vm.fieldMarks("a").get(i);
      assertThat(m.field()).isEqualTo(f.target().field() == null ? "servedBy" : f.target().field());
      assertThat(m.level()).isEqualTo(Level.valueOf(f.severity().name()));
      assertThat(m.message()).isEqualTo(vm.message(f));
    }
    assertThat(vm.fieldMarks("a")).extracting(FindingsViewModel.FieldMark::message)
        .anyMatch(t -> t.contains("Paris"));
  }
}
