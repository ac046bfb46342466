package app.toile.ui.canvas;

import app.toile.command.EditHeader;
import app.toile.model.Canvas;
import app.toile.session.CanvasEdits;
import app.toile.session.EditorSession;
import javafx.beans.property.ReadOnlyObjectProperty;

/** What the canvas header shows and edits: its title, authors, date and version. */
public final class HeaderViewModel {
  private final CanvasEdits edits;

  public HeaderViewModel(EditorSession session) {
    this.edits = session.edits();
  }

  public Canvas canvas() {
    return edits.canvas();
  }

  public ReadOnlyObjectProperty<Canvas> canvasProperty() {
    return edits.canvasProperty();
  }

  /** Changes one header field; blank text unsets it. */
  public void editHeader(EditHeader.Field field, Object value) {
    edits.editHeader(field, value);
  }
}
