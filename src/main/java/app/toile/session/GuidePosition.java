package app.toile.session;

import app.toile.model.Block;
import app.toile.model.Guide;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Where the guided flow stands: on or off, and the block it is on. Moving in the guide is
 * navigation, never an edit: undo and redo leave it where it is and it does not mark the canvas
 * unsaved. The document keeps it beside the canvas and the file beside the canvas, so that opening
 * the canvas resumes it.
 */
public final class GuidePosition {
  private static final List<Block> ORDER = List.of(Block.values());

  private final Document document;
  private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
  private final ReadOnlyObjectWrapper<Block> block = new ReadOnlyObjectWrapper<>(this, "block",
      ORDER.get(0));

  GuidePosition(Document document) {
    this.document = document;
    document.openProperty().addListener((o, was, now) -> {
      if (now) {
        resume(document.guide());
      }
    });
    if (document.openProperty().get()) {
      resume(document.guide());
    }
  }

  /** Shows the guide where the canvas says it was, or hides it when the canvas has none. */
  private void resume(Guide guide) {
    block.set(guide == null ? ORDER.get(0) : guide.resumeAt());
    shown.set(guide != null);
  }

  private void record() {
    document.setGuide(shown.get() ? Guide.at(block.get()) : null);
  }

  // Properties

  /** Whether the guide is shown. */
  public ReadOnlyBooleanProperty shownProperty() {
    return shown.getReadOnlyProperty();
  }

  /** The block the guide is on (kept while it is hidden, to reopen there). */
  public ReadOnlyObjectProperty<Block> blockProperty() {
    return block.getReadOnlyProperty();
  }

  /** The blocks in the order the guide takes them. */
  public static List<Block> order() {
    return ORDER;
  }

  // Commands

  /** Shows the guide at the block where the founder left it. */
  public void open() {
    shown.set(true);
    record();
  }

  /** Hides the guide; it reopens at the same block while this canvas stays open. */
  public void leave() {
    shown.set(false);
    record();
  }

  /** Goes to a block. */
  public void goTo(Block b) {
    block.set(b);
    record();
  }
}
