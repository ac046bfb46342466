package app.toile.ui.segments.editor;

import app.toile.model.CustomerSegment;
import app.toile.ui.base.SegmentField;
import java.util.function.Function;
import javafx.scene.control.TextInputControl;

/**
 * A text control kept in step with a field of the segment it shows; what is typed goes to that
 * segment when the control loses focus, even if the selection moved meanwhile. A field typed live
 * (the name) is written at each key instead, every key of one stay in the control joining one
 * step to undo.
 */
final class FieldText<T> {
  private final FieldControls fields;
  private final SegmentEditorViewModel vm;
  private final TextInputControl control;
  private final SegmentField<T> field;
  private final Function<? super T, String> format;
  /** The id of the segment whose value the control shows; null until it shows one. */
  private String shownFor;
  /** While the segment's value is put in the control: not typing. */
  private boolean showing;
  /** The field written as it is typed; null when written only on leaving the control. */
  private SegmentField<String> typed;
  /** What joins the edits typed since the control took the focus, one step to undo. */
  private Object typing = new Object();

  FieldText(FieldControls fields, TextInputControl control, SegmentField<T> field,
      Function<String, T> parse, Function<? super T, String> format) {
    this.fields = fields;
    this.vm = fields.viewModel();
    this.control = control;
    this.field = field;
    this.format = format;
    fields.register(field.path(), control, this::show);
    control.focusedProperty().addListener((o, was, now) -> {
      if (!now && shownFor != null) {
        if (typed != null) {
          commitTyped();
        } else {
          fields.commit(control, field, parse, shownFor);
        }
      }
    });
  }

  /** Writes each change of the text to the segment shown, as one edit per stay in the field. */
  void typeLive(SegmentField<String> text) {
    typed = text;
    control.focusedProperty().addListener((o, was, now) -> {
      if (now) {
        typing = new Object();
      }
    });
    control.textProperty().addListener((o, was, now) -> {
      if (!showing && shownFor != null && control.isFocused()) {
        vm.type(shownFor, text, now, typing);
      }
    });
  }

  /** Keeps the text typed, trimmed, as part of the same edit. */
  void commitTyped() {
    if (shownFor != null && typed != null) {
      String t = control.getText() == null ? "" : control.getText().strip();
      vm.type(shownFor, typed, t, typing);
    }
  }

  private void show() {
    CustomerSegment s = vm.segment();
    // Keep what is being typed, unless the editor now shows another segment.
    if (!control.isFocused() || !s.id().equals(shownFor)) {
      T v = field.of(s);
      showing = true;
      try {
        control.setText(v == null ? "" : format.apply(v));
      } finally {
        showing = false;
      }
      if (!s.id().equals(shownFor)) {
        // Another segment's value: what is typed now is another edit.
        typing = new Object();
      }
      shownFor = s.id();
    }
  }
}
