package app.toile.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.command.EditNoteText;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Header;
import app.toile.model.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding text in a canvas, case and accents aside, and stepping through what is found. */
class CanvasSearchTest {
  private static final Canvas CANVAS = Canvas.empty()
      .withHeader(Header.EMPTY.withTitle("École du cœur").withDesignedBy("Inès Moreau"))
      .withSegments(List.of(CustomerSegment.named("s1", "Étudiants à Paris"),
          CustomerSegment.named("s2", "Retraités")))
      .withNotes(Block.KEY_PARTNERS, List.of(Note.of("kp", "Une ÉCOLE partenaire")))
      .withNotes(Block.VALUE_PROPOSITIONS, List.of(Note.of("vp1", "Cours du soir"),
          Note.of("vp2", "Écoles\u00a0de   commerce")))
      .withNotes(Block.REVENUE_STREAMS, List.of(Note.of("rs", "Frais d'école")));

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::id).toList();
  }

  @Test
  void caseAccentsLigaturesAndSpacesAside() {
    assertThat(ids(CanvasSearch.find(CANVAS, "ecole")))
        .containsExactly("title", "kp", "vp2", "rs");
    assertThat(ids(CanvasSearch.find(CANVAS, "COEUR"))).containsExactly("title");
    assertThat(ids(CanvasSearch.find(CANVAS, "ines"))).containsExactly("designedBy");
    assertThat(ids(CanvasSearch.find(CANVAS, "ecoles de commerce"))).containsExactly("vp2");
    assertThat(ids(CanvasSearch.find(CANVAS, "etudiants"))).containsExactly("s1");
    assertThat(CanvasSearch.find(CANVAS, "  ")).isEmpty();
    assertThat(CanvasSearch.find(CANVAS, "nowhere")).isEmpty();
  }

  @Test
  void hitsComeInReadingOrderWithTheirKindAndBlock() {
    List<SearchHit> hits = CanvasSearch.find(CANVAS, "r");
    assertThat(hits).extracting(SearchHit::kind).startsWith(SearchHit.Kind.HEADER);
    assertThat(hits).filteredOn(h -> h.kind() != SearchHit.Kind.HEADER)
        .extracting(SearchHit::block).containsExactly(Block.KEY_PARTNERS,
            Block.VALUE_PROPOSITIONS, Block.VALUE_PROPOSITIONS, Block.CUSTOMER_SEGMENTS,
            Block.CUSTOMER_SEGMENTS, Block.REVENUE_STREAMS);
  }

  @Test
  void stepsSelectTheNoteOrSegmentAndWrapAround() {
    EditorSession session = TestSessions.direct();
    session.document().load(CANVAS, null);
    Search search = session.search();
    search.find("ECOLE");
    assertThat(search.hitsProperty().get()).hasSize(4);
    assertThat(search.currentProperty().get()).as("nothing stepped to while typing").isEqualTo(-1);
    search.next();
    assertThat(search.currentHit().id()).isEqualTo("title");
    search.next();
    assertThat(session.selection().noteProperty().get()).isEqualTo("kp");
    search.next();
    search.next();
    assertThat(session.selection().noteProperty().get()).isEqualTo("rs");
    search.next();
    assertThat(search.currentProperty().get()).isZero();
    search.previous();
    assertThat(session.selection().noteProperty().get()).isEqualTo("rs");

    search.find("paris");
    search.previous();
    assertThat(session.selection().segmentProperty().get()).isEqualTo("s1");
    assertThat(session.document().canUndoProperty().get()).as("searching is no edit").isFalse();
  }

  @Test
  void anEditFindsAgainAndKeepsThePlace() {
    EditorSession session = TestSessions.direct();
    session.document().load(CANVAS, null);
    Search search = session.search();
    search.find("ecole");
    search.next();
    search.next();
    search.next();
    assertThat(search.currentHit().id()).isEqualTo("vp2");
    session.execute(new EditNoteText("kp", "Un lycée partenaire"));
    assertThat(ids(search.hitsProperty().get())).containsExactly("title", "vp2", "rs");
    assertThat(search.currentHit().id()).isEqualTo("vp2");
    search.clear();
    assertThat(search.hitsProperty().get()).isEmpty();
    assertThat(search.currentHit()).isNull();
  }
}
