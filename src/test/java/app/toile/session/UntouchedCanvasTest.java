package app.toile.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.command.AddSegment;
import app.toile.io.CanvasFile;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Guide;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A new canvas nothing has been done to yet, which the window greets with where to begin. */
class UntouchedCanvasTest {
  private final EditorSession session = TestSessions.direct();
  private final Document doc = session.document();

  @Test
  void aNewCanvasIsUntouchedUntilItsFirstEditForGood() {
    session.files().newCanvas();
    assertThat(doc.untouchedProperty().get()).isTrue();
    doc.execute(AddSegment.append(CustomerSegment.named("s1", "Paris")));
    assertThat(doc.untouchedProperty().get()).isFalse();
    doc.undo();
    assertThat(doc.canvas()).isEqualTo(Canvas.empty());
    assertThat(doc.untouchedProperty().get()).as("edited, then undone").isFalse();
    session.files().newCanvas();
    assertThat(doc.untouchedProperty().get()).as("another new canvas").isTrue();
  }

  @Test
  void aCanvasWithContentASavedOneOrARecoveredOneIsNot() {
    Canvas paris = Canvas.empty().withSegments(java.util.List.of(CustomerSegment.named("s1", "Paris")));
    session.files().openAsNew(paris);
    assertThat(doc.untouchedProperty().get()).isFalse();
    doc.load(Canvas.empty(), Path.of("/tmp/empty.toile.json"));
    assertThat(doc.untouchedProperty().get()).isFalse();
    session.files().openRecovered(new CanvasFile(Canvas.empty(), Guide.START), null);
    assertThat(doc.untouchedProperty().get()).isFalse();
  }
}
