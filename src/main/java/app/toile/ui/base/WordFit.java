package app.toile.ui.base;

import javafx.beans.InvalidationListener;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A wrapped label in a narrow column (a note, a segment's name at 1024 pixels) whose longest word
 * is wider than the column would be broken inside that word: its type then gets smaller, down to
 * 11 pixels, until the word fits. Words that fit keep the style sheet's size.
 */
public final class WordFit {
  /** The smallest type a founder reads on the canvas. */
  public static final double SMALLEST = 11;
  private static final String STYLE = "-fx-font-size: %.1fpx;";

  private WordFit() {}

  /** Keeps the label's longest word whole by shrinking its type when needed. */
  public static void install(Labeled label) {
    install(label, false);
  }

  /**
   * The same, and the whole text within the label's height too (a block's question filling an
   * empty block that may be short).
   */
  public static void installWithinHeight(Labeled label) {
    install(label, true);
  }

  private static void install(Labeled label, boolean withinHeight) {
    Text measure = new Text();
    double[] styled = {0};
    InvalidationListener fit = o -> {
      if (styled[0] == 0 || label.getStyle().isEmpty()) {
        styled[0] = label.getFont().getSize();
      }
      double room = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
      String text = label.getText();
      if (room <= 0 || text == null || text.isBlank()) {
        return;
      }
      Font font = Font.font(label.getFont().getFamily(), label.getFont().getStyle()
          .contains("Bold") ? FontWeight.BOLD : FontWeight.NORMAL, styled[0]);
      double widest = 0;
      // JavaFX breaks lines at spaces only (not at no-break ones).
      for (String word : text.split("[\\s\\u2000-\\u200A\\u205F\\u3000]+")) {
        measure.setText(word);
        measure.setFont(font);
        widest = Math.max(widest, measure.getLayoutBounds().getWidth());
      }
      double size = widest <= room ? styled[0]
          : Math.max(SMALLEST, Math.floor(styled[0] * room / widest * 10) / 10);
      double height = label.getHeight() - label.snappedTopInset() - label.snappedBottomInset();
      if (withinHeight && height > 0) {
        measure.setText(text);
        measure.setWrappingWidth(room);
        measure.setLineSpacing(label.getLineSpacing());
        while (size > SMALLEST) {
          measure.setFont(Font.font(font.getFamily(), size));
          if (measure.getLayoutBounds().getHeight() <= height) {
            break;
          }
          size = Math.max(SMALLEST, size - 0.5);
        }
        measure.setWrappingWidth(0);
      }
      String style = size >= styled[0] ? "" : String.format(java.util.Locale.ROOT, STYLE, size);
      if (!style.equals(label.getStyle())) {
        label.setStyle(style);
      }
    };
    label.widthProperty().addListener(fit);
    if (withinHeight) {
      label.heightProperty().addListener(fit);
    }
    label.textProperty().addListener(fit);
    // The style sheet's size arrives after the label joins the scene. A new size changes the
    // label's height: every container above measures it again (a flow pane keeps its rows'
    // heights otherwise, and the label, too short by a line's fraction, ends in "…").
    label.fontProperty().addListener(o -> {
      fit.invalidated(o);
      for (Parent p = label.getParent(); p != null; p = p.getParent()) {
        p.requestLayout();
      }
    });
  }
}
