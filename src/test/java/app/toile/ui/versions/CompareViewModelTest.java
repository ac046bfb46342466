package app.toile.ui.versions;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.command.AddNote;
import app.toile.command.AddSegment;
import app.toile.command.EditSegment;
import app.toile.command.EditNoteText;
import app.toile.command.MoveNote;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation.Score;
import app.toile.model.Note;
import app.toile.model.SegmentStatus;
import app.toile.session.EditorSession;
import app.toile.session.TestSessions;
import app.toile.ui.versions.CompareViewModel.Item;
import app.toile.ui.versions.CompareViewModel.Row;
import app.toile.ui.versions.CompareViewModel.Section;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The compare view's state without a toolkit: the changes in the founder's words, each with its
 * sign, the blocks side by side with their marks, next and previous going round, and the open
 * canvas followed as it is edited.
 */
class CompareViewModelTest {
  private final EditorSession session = TestSessions.direct();
  private VersionsViewModel versions;

  @BeforeEach
  void open() {
    session.document().load(Canvas.empty(), null);
    session.execute(AddSegment.append(CustomerSegment.named("s1", "Paris")
        .withStatus(SegmentStatus.CANDIDATE)));
    session.execute(AddNote.append(Block.VALUE_PROPOSITIONS, Note.of("n1", "Cash forecast")));
    session.execute(AddNote.append(Block.CHANNELS, Note.of("n2", "Flyers")));
    versions = new VersionsViewModel(session);
    versions.save("v1");
    session.execute(new EditSegment("s1", "command.editSegment", s -> s
        .withStatus(SegmentStatus.FOCUS)
        .withEvaluation(s.evaluation().withScore(Score.PAIN_DEPTH, 4))));
    session.execute(AddNote.append(Block.VALUE_PROPOSITIONS, Note.of("n3", "Invoices")));
    session.execute(new EditNoteText("n1", "Cash forecast, three months"));
    session.execute(new MoveNote("n2", Block.CUSTOMER_RELATIONSHIPS, 0));
  }

  private CompareViewModel compareWithV1() {
    versions.compare(List.of(versions.rows().get(0)));
    return new CompareViewModel(session, versions.comparedProperty().get());
  }

  private static List<String> texts(CompareViewModel vm) {
    return vm.state().rows().stream().map(r -> r.mark().symbol() + " " + r.text()).toList();
  }

  @Test
  void theChangesReadInTheDomainsWordsEachWithItsSign() {
    CompareViewModel vm = compareWithV1();
    assertThat(texts(vm)).contains(
        "~ Segment \u201cParis\u201d: Pain depth unset \u2192 4",
        "~ Segment \u201cParis\u201d: Status Candidate \u2192 Focus",
        "+ Value Propositions, note \u201cInvoices\u201d",
        "~ Value Propositions, note \u201cCash forecast, three months\u201d: Text \u201cCash forecast\u201d"
            + " \u2192 \u201cCash forecast, three months\u201d",
        "\u2194 Note \u201cFlyers\u201d: Channels \u2192 Customer Relationships");
    assertThat(vm.state().rows()).extracting(Row::kind).contains("Added", "Changed", "Moved");
    assertThat(vm.state().before()).startsWith("Version \u201cv1\u201d");
    assertThat(vm.state().after()).isEqualTo("Current canvas");
  }

  @Test
  void theBlocksStandSideBySideWithTheirMarks() {
    CompareViewModel vm = compareWithV1();
    Section channels = section(vm, "Channels");
    assertThat(channels.before()).extracting(Item::text, Item::mark)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Flyers", Mark.MOVED));
    assertThat(channels.after()).isEmpty();
    Section values = section(vm, "Value Propositions");
    assertThat(values.after()).extracting(Item::text, Item::mark).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Cash forecast, three months", Mark.CHANGED),
        org.assertj.core.groups.Tuple.tuple("Invoices", Mark.ADDED));
    Item paris = section(vm, "Customer Segments").after().get(0);
    assertThat(paris.details()).contains("Status Candidate \u2192 Focus");
    assertThat(paris.markWord()).isEqualTo("Changed");
  }

  @Test
  void nextAndPreviousGoRoundAndNameBothSides() {
    CompareViewModel vm = compareWithV1();
    int n = vm.state().rows().size();
    assertThat(vm.selectedProperty().get()).isEqualTo(-1);
    vm.next();
    assertThat(vm.selectedProperty().get()).isZero();
    vm.previous();
    assertThat(vm.selectedProperty().get()).isEqualTo(n - 1);
    vm.next();
    assertThat(vm.selectedProperty().get()).isZero();

    int moved = indexOf(vm, Mark.MOVED);
    vm.select(moved);
    assertThat(vm.selectedBefore()).isEqualTo("note:n2");
    assertThat(vm.selectedAfter()).isEqualTo("note:n2");
    int added = indexOf(vm, Mark.ADDED);
    vm.select(added);
    assertThat(vm.selectedBefore()).isNull();
  }

  @Test
  void theOpenCanvasIsFollowedAsItIsEdited() {
    CompareViewModel vm = compareWithV1();
    int before = vm.state().rows().size();
    session.execute(AddNote.append(Block.KEY_PARTNERS, Note.of("n4", "Banks")));
    assertThat(vm.state().rows()).hasSize(before + 1);
    vm.close();
    session.execute(AddNote.append(Block.KEY_PARTNERS, Note.of("n5", "Accountants")));
    assertThat(vm.state().rows()).hasSize(before + 1);
  }

  @Test
  void aVersionComparedWithItselfSaysSo() {
    versions.restore(versions.rows().get(0));
    CompareViewModel vm = compareWithV1();
    assertThat(vm.state().rows()).isEmpty();
    assertThat(vm.state().summary()).isEqualTo("No change: the two canvases are the same work.");
    vm.next();
    assertThat(vm.selectedProperty().get()).isEqualTo(-1);
  }

  private static Section section(CompareViewModel vm, String title) {
    return vm.state().sections().stream().filter(s -> s.title().equals(title)).findFirst()
        .orElseThrow();
  }

  private static int indexOf(CompareViewModel vm, Mark mark) {
    List<Row> rows = vm.state().rows();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).mark() == mark) {
        return i;
      }
    }
    throw new AssertionError("no " + mark);
  }
}
