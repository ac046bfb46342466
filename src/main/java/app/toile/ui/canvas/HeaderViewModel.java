package app.toile.ui.canvas;

import app.toile.command.EditHeader;
import app.toile.model.Canvas;
import app.toile.model.Header;
import app.toile.session.CanvasEdits;
import app.toile.session.EditorSession;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectProperty;

/** What the canvas header shows and edits: its title, authors, date and version. */
public final class HeaderViewModel {
  private final CanvasEdits edits;

  /** A text field of the header (the date has its own picker). */
  public enum Field {
    TITLE(EditHeader.Field.TITLE),
    DESIGNED_FOR(EditHeader.Field.DESIGNED_FOR),
    DESIGNED_BY(EditHeader.Field.DESIGNED_BY),
    VERSION(EditHeader.Field.VERSION);

    private final EditHeader.Field edited;

    Field(EditHeader.Field edited) {
      this.edited = edited;
    }
  }

  public HeaderViewModel(EditorSession session) {
    this.edits = session.edits();
  }

  // Properties

  public ReadOnlyObjectProperty<Canvas> canvasProperty() {
    return edits.canvasProperty();
  }

  public Header header() {
    return edits.canvas().header();
  }

  /** A text field's value in a header, "" when unset. */
  public static String text(Field field, Header header) {
    Object v = field.edited.of(header);
    return v == null ? "" : v.toString();
  }

  // Commands

  /** Changes one text field of the header; blank text unsets it. */
  public void edit(Field field, String text) {
    edits.editHeader(field.edited, text);
  }

  /** Changes the date; null unsets it. */
  public void editDate(LocalDate date) {
    edits.editHeader(EditHeader.Field.DATE, date);
  }
}
