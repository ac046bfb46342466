package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation;
import app.toile.model.Extras;
import app.toile.model.Header;
import app.toile.model.Note;
import app.toile.model.NoteColour;
import app.toile.model.SegmentStatus;
import app.toile.model.SegmentStrategy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundTripTest {

  @Test
  void completeCanvasAsToileWritesItIsByteIdenticalAfterLoadAndSave() {
    byte[] file = TestCanvases.bytes("complete.toile.json");
    Canvas canvas = CanvasFiles.fromBytes(file, "complete.toile.json");
    assertThat(new String(CanvasFiles.toBytes(canvas), StandardCharsets.UTF_8))
        .isEqualTo(new String(file, StandardCharsets.UTF_8));
  }

  @Test
  void completeCanvasLoadsEveryField() {
    Canvas c = CanvasFiles.fromBytes(TestCanvases.bytes("complete.toile.json"), "c");
    assertThat(c.header().date()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(c.strategy()).isEqualTo(SegmentStrategy.SEGMENTED);
    assertThat(c.segments()).extracting(CustomerSegment::id)
        .containsExactly("seg-paris001", "seg-hosts0001", "seg-lyon0001");
    CustomerSegment paris = c.segments().get(0);
    assertThat(paris.evaluation().budgetAmount()).isEqualTo(new BigDecimal("180.50"));
    assertThat(paris.evaluation().marketSharePercent()).isEqualTo(12.5);
    assertThat(paris.profile().geographic().region()).isEqualTo("Île-de-France");
    assertThat(paris.conquest().retentionWorked()).isFalse();
    assertThat(paris.status()).isEqualTo(SegmentStatus.FOCUS);
    assertThat(paris.customerCount()).isEqualTo(3500L);
    assertThat(paris.empathyMap().gains()).startsWith("Colleagues");
    assertThat(c.segments().get(2).need()).isEqualTo("");
    assertThat(c.segments().get(2).description()).isNull();
    for (Block b : Block.noteBlocks()) {
      assertThat(c.notes(b)).as(b.key()).isNotEmpty();
    }
    assertThat(c.notes(Block.VALUE_PROPOSITIONS).get(0).segmentIds())
        .containsExactly("seg-paris001", "seg-lyon0001");
  }

  @Test
  void modelSurvivesJsonUnchanged() {
    Canvas canvas = Canvas.empty()
        .withHeader(Header.EMPTY.withTitle("Cartes").withDate(LocalDate.of(2025, 2, 28)))
        .withFreeNotes("")
        .withStrategy(SegmentStrategy.MULTI_SIDED_PLATFORM)
        .withSegments(List.of(
            CustomerSegment.named("seg-1", "Card holders")
                .withEvaluation(Evaluation.EMPTY.withScore(Evaluation.Score.BUDGET, 7)
                    .withBudgetAmount(new BigDecimal("1E+3"))
                    .withMarketSharePercent(-0.0))
                .withDependsOn(List.of("seg-2", "seg-missing")),
            CustomerSegment.named("seg-2", "Merchants").withCustomerCount(-4L)))
        .withNotes(Block.CHANNELS, List.of(new Note("n-1", "Bank branches", NoteColour.GREEN,
            List.of("seg-1"), new Extras(Map.of("pinned", "true")))));
    Canvas back = CanvasFiles.fromBytes(CanvasFiles.toBytes(canvas), "memory");
    assertThat(back).isEqualTo(canvas);
  }

  @Test
  void emptyCanvasIsWrittenAsFormatAndVersionOnly() {
    assertThat(new String(CanvasFiles.toBytes(Canvas.empty()), StandardCharsets.UTF_8))
        .isEqualTo(TestCanvases.text("minimal.toile.json"));
  }

  @Test
  void writtenFileUsesUnixLineEndsAndEndsWithANewline() {
    String text = new String(CanvasFiles.toBytes(
        CanvasFiles.fromBytes(TestCanvases.bytes("complete.toile.json"), "c")), StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\r").endsWith("}\n").doesNotEndWith("\n\n");
  }
}
