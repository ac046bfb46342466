package app.toile.ui.notes;

import app.toile.ui.base.WordFit;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import app.toile.ui.base.ItemKeys;
import app.toile.ui.base.LazyTooltip;
import app.toile.ui.base.LineBreaks;
import app.toile.ui.base.Localization;
import app.toile.ui.base.SegmentColours;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * A sticky note: its text, wrapped, on its colour, with a chip for each segment it serves. Enter or
 * a double-click edits it in place (Ctrl+Enter keeps the text, Esc cancels), Delete deletes it,
 * Alt+Up/Down moves it (see {@link ItemKeys}), the context menu recolours, links and moves it.
 */
public final class NoteView extends VBox {
  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
  private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");

  private final NotesViewModel vm;
  private final Localization l10n;
  private final Label text = new Label();
  private final FlowPane chips = new FlowPane(4, 4);
  private Note note;
  private List<CustomerSegment> segments = List.of();
  private TextArea editor;
  private ContextMenu menu;

  public NoteView(Note note, NotesViewModel vm, Localization l10n) {
    this.vm = vm;
    this.l10n = l10n;
    getStyleClass().add("note");
    setFocusTraversable(true);
    text.setWrapText(true);
    text.getStyleClass().add("note-text");
    WordFit.install(text);
    text.setMaxWidth(Double.MAX_VALUE);
    chips.getStyleClass().add("note-chips");
    chips.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(text, chips);
    update(note, segments);

    focusedProperty().addListener((o, was, now) -> {
      if (now) {
        vm.selectNote(this.note.id());
      }
    });
    setOnMouseClicked(e -> {
      if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
        vm.startEditing(this.note.id());
      } else if (editor == null) {
        requestFocus();
      }
      e.consume();
    });
    ItemKeys.install(this, this::isEditing, () -> vm.startEditing(this.note.id()),
        vm::deleteSelection, vm::moveSelectedNoteBy, p -> showMenu(p.getX(), p.getY()));
    setOnContextMenuRequested(e -> {
      showMenu(e.getScreenX(), e.getScreenY());
      e.consume();
    });
    NoteDrag.makeDraggable(this);
  }

  /** The note shown. */
  public Note note() {
    return note;
  }

  /** Shows a note (same id, maybe new text, colour or links) with the canvas's segments. */
  public void update(Note n, List<CustomerSegment> allSegments) {
    boolean chipsChanged = note == null || !n.segmentIds().equals(note.segmentIds())
        || !allSegments.equals(segments);
    this.note = n;
    this.segments = allSegments;
    boolean blank = n.text() == null || n.text().isBlank();
    text.textProperty().unbind();
    if (blank) {
      text.textProperty().bind(l10n.ui("note.empty"));
    } else {
      text.setText(LineBreaks.afterHyphens(n.text()));
    }
    pseudoClassStateChanged(EMPTY, blank);
    setStyle("-toile-note-fill: " + n.colourOrDefault().hex() + ";");
    if (chipsChanged) {
      chips.getChildren().clear();
      for (String id : n.segmentIds()) {
        allSegments.stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(this::addChip);
      }
      chips.setManaged(!chips.getChildren().isEmpty());
      chips.setVisible(chips.isManaged());
    }
  }

  private void addChip(CustomerSegment s) {
    Circle chip = new Circle(6, SegmentColours.of(s));
    chip.getStyleClass().add("segment-chip");
    String name = s.name() == null || s.name().isBlank() ? l10n.labels().get("segment.unnamed") : s.name();
    LazyTooltip.install(chip, name);
    chip.setAccessibleText(name);
    chips.getChildren().add(chip);
  }

  /** Marks the note as selected. */
  public void setSelected(boolean selected) {
    pseudoClassStateChanged(SELECTED, selected);
  }

  // Editing in place

  /** Whether the text is being edited. */
  public boolean isEditing() {
    return editor != null;
  }

  /** Swaps the text for an editor holding it, focused, caret at the end. */
  public void startEditing() {
    if (editor != null) {
      return;
    }
    editor = new TextArea(note.text() == null ? "" : note.text());
    editor.getStyleClass().add("note-editor");
    editor.setWrapText(true);
    editor.setPrefRowCount(3);
    editor.promptTextProperty().bind(l10n.ui("note.placeholder"));
    editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ESCAPE) {
        finishEditing(false);
        e.consume();
      } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
        finishEditing(true);
        e.consume();
      }
    });
    editor.focusedProperty().addListener((o, was, now) -> {
      if (!now && editor != null) {
        finishEditing(true);
      }
    });
    getChildren().set(0, editor);
    editor.requestFocus();
    editor.end();
  }

  /** Ends editing from outside (the editing note changed): keeps the text. */
  public void stopEditing() {
    if (editor != null) {
      finishEditing(true);
    }
  }

  private void finishEditing(boolean keep) {
    TextArea e = editor;
    editor = null;
    getChildren().set(0, text);
    String id = note.id();
    requestFocus();
    if (keep) {
      vm.commitEditing(id, e.getText());
    } else {
      vm.cancelEditing();
    }
  }

  /**
   * Shows the note's menu, once: the keyboard's menu key and Shift+F10 open it here as well, since
   * not every platform turns them into a context-menu request.
   */
  private void showMenu(double screenX, double screenY) {
    if (menu != null && menu.isShowing()) {
      return;
    }
    vm.selectNote(note.id());
    menu = NoteMenus.contextMenu(note.id(), vm, l10n);
    menu.show(this, screenX, screenY);
  }
}
