package app.toile.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import app.toile.model.NoteColour;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandsTest {

  private final Canvas canvas = Canvas.empty()
      .withSegments(List.of(CustomerSegment.named("s1", "Paris"), CustomerSegment.named("s2", "Lyon")
          .withDependsOn(List.of("s1"))))
      .withNotes(Block.VALUE_PROPOSITIONS, List.of(Note.of("n1", "one"), Note.of("n2", "two")))
      .withNotes(Block.CHANNELS, List.of(Note.of("n3", "three").withSegmentIds(List.of("s1"))));

  private static List<String> ids(List<Note> notes) {
    return notes.stream().map(Note::id).toList();
  }

  @Test
  void addsANoteWhereAsked() {
    Canvas c = new AddNote(Block.VALUE_PROPOSITIONS, 1, Note.of("n9", "x")).apply(canvas);
    assertThat(ids(c.notes(Block.VALUE_PROPOSITIONS))).containsExactly("n1", "n9", "n2");
    assertThat(AddNote.append(Block.CUSTOMER_SEGMENTS, Note.of("n9", "x")).apply(canvas))
        .isSameAs(canvas);
  }

  @Test
  void editsRecoloursAndDeletesANote() {
    Canvas c = new EditNoteText("n2", "deux").apply(canvas);
    c = new RecolourNote("n2", NoteColour.PINK).apply(c);
    assertThat(c.findNote("n2").orElseThrow().note().text()).isEqualTo("deux");
    assertThat(c.findNote("n2").orElseThrow().note().colour()).isEqualTo(NoteColour.PINK);
    c = new DeleteNote("n1").apply(c);
    assertThat(ids(c.notes(Block.VALUE_PROPOSITIONS))).containsExactly("n2");
  }

  @Test
  void movesANoteWithinItsBlockAndToAnother() {
    Canvas c = new MoveNote("n1", Block.VALUE_PROPOSITIONS, 1).apply(canvas);
    assertThat(ids(c.notes(Block.VALUE_PROPOSITIONS))).containsExactly("n2", "n1");
    c = new MoveNote("n2", Block.CHANNELS, 0).apply(c);
    assertThat(ids(c.notes(Block.VALUE_PROPOSITIONS))).containsExactly("n1");
    assertThat(ids(c.notes(Block.CHANNELS))).containsExactly("n2", "n3");
    assertThat(new MoveNote("n2", Block.CUSTOMER_SEGMENTS, 0).apply(c)).isSameAs(c);
  }

  @Test
  void linksAndUnlinksANoteOnce() {
    Canvas c = new LinkNote("n1", "s2", true).apply(canvas);
    c = new LinkNote("n1", "s2", true).apply(c);
    assertThat(c.findNote("n1").orElseThrow().note().segmentIds()).containsExactly("s2");
    c = new LinkNote("n1", "s2", false).apply(c);
    assertThat(c.findNote("n1").orElseThrow().note().segmentIds()).isEmpty();
    assertThat(new LinkNote("n1", "s2", false).descriptionKey()).isEqualTo("command.unlinkNote");
  }

  @Test
  void addsRenamesAndReordersSegments() {
    Canvas c = new AddSegment(0, CustomerSegment.named("s3", "Lille")).apply(canvas);
    c = new RenameSegment("s3", "Lille métropole").apply(c);
    c = new MoveSegment("s3", 5).apply(c);
    assertThat(c.segments()).extracting(CustomerSegment::name)
        .containsExactly("Paris", "Lyon", "Lille métropole");
  }

  @Test
  void deletingASegmentRemovesEveryLinkToIt() {
    Canvas c = new DeleteSegment("s1").apply(canvas);
    assertThat(c.segments()).extracting(CustomerSegment::id).containsExactly("s2");
    assertThat(c.segment("s2").orElseThrow().dependsOn()).isEmpty();
    assertThat(c.findNote("n3").orElseThrow().note().segmentIds()).isEmpty();
  }

  @Test
  void editsEachHeaderField() {
    Canvas c = new EditHeader(EditHeader.Field.TITLE, "Toile").apply(canvas);
    c = new EditHeader(EditHeader.Field.DATE, LocalDate.of(2026, 11, 23)).apply(c);
    assertThat(c.header().title()).isEqualTo("Toile");
    assertThat(EditHeader.Field.DATE.of(c.header())).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThatThrownBy(() -> new EditHeader(EditHeader.Field.DATE, "tomorrow"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
