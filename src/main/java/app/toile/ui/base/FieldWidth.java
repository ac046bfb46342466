package app.toile.ui.base;

import javafx.beans.InvalidationListener;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * A text field as wide as what it shows, its value or, empty, its hint, so that neither is cut:
 * a title, a date, a version read whole at a glance. Never narrower than a floor, never wider
 * than a cap (a field longer than that scrolls, as any field does).
 */
public final class FieldWidth {
  /** Room for the caret after the last letter. */
  private static final double CARET = 6;

  private FieldWidth() {}

  /**
   * Sizes {@code owner} (the field, or the control holding it, such as a date picker) to the
   * text of {@code field} plus {@code extra} pixels (the owner's own button, say).
   */
  public static void fit(Control owner, TextField field, double floor, double cap, double extra) {
    Text measure = new Text();
    InvalidationListener size = o -> {
      String shown = field.getText() == null || field.getText().isEmpty()
          ? field.getPromptText() : field.getText();
      measure.setText(shown == null ? "" : shown);
      measure.setFont(field.getFont());
      double width = Math.ceil(measure.getLayoutBounds().getWidth()) + field.snappedLeftInset()
          + field.snappedRightInset() + CARET + extra;
      owner.setPrefWidth(Math.max(floor, Math.min(cap, width)));
    };
    field.textProperty().addListener(size);
    field.promptTextProperty().addListener(size);
    field.fontProperty().addListener(size);
    // The insets come with the style sheet, after the field joins a scene.
    field.paddingProperty().addListener(size);
    field.borderProperty().addListener(size);
    owner.setMinWidth(floor);
    size.invalidated(null);
  }
}
