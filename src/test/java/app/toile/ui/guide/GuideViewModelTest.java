package app.toile.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.command.Command;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Guide;
import app.toile.model.Note;
import app.toile.session.Document;
import app.toile.session.EditorSession;
import app.toile.session.TestSessions;
import app.toile.ui.guide.GuideViewModel.Question;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The guided flow without a toolkit: order, progress, questions and what is missing. */
class GuideViewModelTest {
  private final SimpleObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.ENGLISH);
  private final EditorSession session = TestSessions.with(Runnable::run, Runnable::run, locale);
  private final Document document = session.document();
  private final GuideViewModel guide = new GuideViewModel(session);

  GuideViewModelTest() {
    document.load(Canvas.empty(), null);
  }

  private void edit(Canvas canvas) {
    // An edit as the editor makes them; the guide stands beside the canvas, out of its reach.
    document.execute(new Command() {
      @Override
      public Canvas apply(Canvas c) {
        return canvas;
      }

      @Override
      public String descriptionKey() {
        return "edit.segment";
      }
    });
  }

  @Test
  void walksTheNineBlocksInFillOrderAndBack() {
    assertThat(guide.current()).isEqualTo(Block.CUSTOMER_SEGMENTS);
    assertThat(guide.progress()).isEqualTo("1 of 9");
    for (int i = 1; i < 9; i++) {
      guide.next();
      assertThat(guide.current()).isEqualTo(Block.values()[i]);
    }
    assertThat(guide.progress()).isEqualTo("9 of 9");
    assertThat(guide.isLast()).isTrue();
    guide.next();
    assertThat(guide.current()).isEqualTo(Block.COST_STRUCTURE);
    guide.back();
    guide.back();
    assertThat(guide.current()).isEqualTo(Block.KEY_ACTIVITIES);
    assertThat(guide.progress()).isEqualTo("7 of 9");
  }

  @Test
  void leavingKeepsTheBlockForTheNextOpening() {
    guide.open();
    guide.next();
    guide.next();
    guide.leave();
    assertThat(guide.isShown()).isFalse();
    guide.open();
    assertThat(guide.isShown()).isTrue();
    assertThat(guide.current()).isEqualTo(Block.CHANNELS);
    assertThat(guide.progress()).isEqualTo("3 of 9");
  }

  @Test
  void theDocumentRecordsWhereTheGuideStandsWhileItIsOnAndNothingOnceLeft() {
    assertThat(document.guide()).isNull();
    guide.open();
    assertThat(document.guide()).isEqualTo(Guide.START);
    guide.next();
    guide.next();
    assertThat(document.guide()).isEqualTo(Guide.at(Block.CHANNELS));
    assertThat(document.isUnsaved()).isFalse();
    assertThat(document.canUndoProperty().get()).isFalse();
    guide.leave();
    assertThat(document.guide()).isNull();
  }

  @Test
  void aCanvasWithTheGuideOnOpensItThereAndOneWithoutLeavesItOff() {
    document.load(Canvas.empty(), Guide.at(Block.REVENUE_STREAMS), null);
    assertThat(guide.isShown()).isTrue();
    assertThat(guide.current()).isEqualTo(Block.REVENUE_STREAMS);
    document.load(Canvas.empty(), null);
    assertThat(guide.isShown()).isFalse();
    assertThat(guide.current()).isEqualTo(Block.CUSTOMER_SEGMENTS);
  }

  @Test
  void undoDoesNotMoveTheGuide() {
    guide.open();
    edit(Canvas.empty().withSegments(List.of(CustomerSegment.named("s1", "Students"))));
    guide.next();
    document.undo();
    assertThat(document.canvas().segments()).isEmpty();
    assertThat(guide.current()).isEqualTo(Block.VALUE_PROPOSITIONS);
    assertThat(document.guide()).isEqualTo(Guide.at(Block.VALUE_PROPOSITIONS));
  }

  @Test
  void customerSegmentQuestionsFollowTheSourceOrderInBothLanguages() {
    List<String> en = guide.questions().stream().map(Question::text).toList();
    assertThat(en).hasSize(11);
    assertThat(en.get(0)).contains("need");
    assertThat(en.get(1)).contains("channel");
    assertThat(en.get(2)).contains("relationship");
    assertThat(en.get(3)).contains("profitable");
    assertThat(en.get(4)).contains("pay");
    assertThat(en.get(10)).contains("single segment");
    locale.set(Locale.FRENCH);
    List<String> fr = guide.questions().stream().map(Question::text).toList();
    assertThat(fr).hasSize(11);
    assertThat(fr.get(0)).contains("besoin");
    assertThat(fr.get(10)).contains("segment unique");
    assertThat(guide.progress()).isEqualTo("1 sur 9");
  }

  @Test
  void eachSegmentQuestionLeadsToItsFieldAndIsTickedWhenTheSegmentAnswersIt() {
    assertThat(guide.questions()).allMatch(q -> q.field() == null);
    CustomerSegment students = CustomerSegment.named("s1", "Students");
    edit(Canvas.empty().withSegments(List.of(students, CustomerSegment.named("s2", "Parents"))));
    assertThat(guide.questions()).extracting(Question::field).containsExactly("need",
        "distinctness.channel", "distinctness.relationship", "distinctness.profitability",
        "distinctness.paysForOwnVersion", "evaluation.painDepth", "evaluation.budget",
        "evaluation.reach", "evaluation.marketSize", "evaluation.value", "status");
    assertThat(guide.questions()).noneMatch(Question::answered);
    edit(document.canvas().withSegment(students.withNeed("Cheap meals")));
    assertThat(guide.questions().get(0).answered()).isTrue();
    session.selection().selectSegment("s2");
    assertThat(guide.questionedSegment().id()).isEqualTo("s2");
    assertThat(guide.questions().get(0).answered()).isFalse();
    assertThat(SegmentQuestions.count()).isEqualTo(guide.questions().size());
  }

  @Test
  void everyBlockAsksAtLeastOneQuestion() {
    for (Block b : Block.values()) {
      guide.goTo(b);
      assertThat(guide.questions()).as(b.key()).isNotEmpty();
      assertThat(guide.blockName()).doesNotStartWith("!");
    }
  }

  @Test
  void segmentFindingsAreWhatTheFirstBlockLacksAndShrinkWhenTheNeedIsSet() {
    assertThat(guide.missing()).anyMatch(Missing::isNoSegment);
    CustomerSegment students = CustomerSegment.named("s1", "Students");
    edit(Canvas.empty().withSegments(List.of(students)));
    List<Missing> before = guide.missing();
    assertThat(before).anyMatch(m -> "s1".equals(m.segmentId()) && m.text().contains("need"));
    assertThat(GuideActions.focusSuggestion(before)).contains("s1");
    edit(document.canvas().withSegment(students.withNeed("Cheap meals near campus")));
    List<Missing> after = guide.missing();
    assertThat(after).hasSizeLessThan(before.size())
        .noneMatch(m -> m.text().contains("states no need"));
    assertThat(after).allMatch(m -> m.block() == Block.CUSTOMER_SEGMENTS && m.finding() != null);
  }

  @Test
  void aNoteBlockLacksNotesThenTheSegmentsItDoesNotServe() {
    edit(Canvas.empty().withSegments(List.of(
        CustomerSegment.named("s1", "Students"), CustomerSegment.named("s2", "Parents"))));
    guide.goTo(Block.VALUE_PROPOSITIONS);
    assertThat(guide.missing()).extracting(Missing::text).containsExactly(
        "This block is empty.",
        "Segment \u201cStudents\u201d is served by no note of this block.",
        "Segment \u201cParents\u201d is served by no note of this block.");
    Note offer = Note.of("n1", "Meals at cost").withSegmentIds(List.of("s1"));
    edit(document.canvas().withNotes(Block.VALUE_PROPOSITIONS, List.of(offer)));
    assertThat(guide.missing()).extracting(Missing::segmentId).containsExactly("s2");
  }

  @Test
  void aQuestionAsksTheSessionForItsFieldAndMovingIsNoEdit() {
    document.load(Canvas.empty().withSegments(List.of(CustomerSegment.named("s1", "Students"))),
        null);
    Question need = guide.questions().get(0);
    guide.openField("s1", need.field());
    assertThat(session.selection().segmentProperty().get()).isEqualTo("s1");
    assertThat(session.panelRequestProperty().get().kind())
        .isEqualTo(app.toile.session.PanelRequest.Kind.FIELD);
    assertThat(session.panelRequestProperty().get().field()).isEqualTo(need.field());
    guide.next();
    assertThat(session.guide().blockProperty().get()).isEqualTo(Block.VALUE_PROPOSITIONS);
    assertThat(document.canUndoProperty().get()).isFalse();
  }
}
