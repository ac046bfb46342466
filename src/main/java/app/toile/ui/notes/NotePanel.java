package app.toile.ui.notes;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Canvas.NotePlace;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import app.toile.model.NoteColour;
import app.toile.ui.base.Localization;
import app.toile.ui.base.SegmentColours;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/**
 * The selected note in the side panel: its text, its colour, its block and the segments it
 * serves. Each change is one edit of the canvas, undone like the others; the text is kept when
 * the field loses the focus or on Ctrl+Enter.
 */
public final class NotePanel extends ScrollPane {
  private final NotesViewModel vm;
  private final Localization l10n;
  private final TextArea text = new TextArea();
  private final FlowPane colours = new FlowPane(6, 6);
  private final ToggleGroup colourGroup = new ToggleGroup();
  private final ComboBox<Block> block = new ComboBox<>();
  private final VBox segments = new VBox(4);
  private final Label noSegment = new Label();
  private String noteId;
  private boolean updating;

  public NotePanel(NotesViewModel vm, Localization l10n) {
    this.vm = vm;
    this.l10n = l10n;
    getStyleClass().addAll("note-panel", "edge-to-edge");
    setId("note-panel");
    setFitToWidth(true);
    setHbarPolicy(ScrollBarPolicy.NEVER);
    text.setId("note-panel-text");
    text.setWrapText(true);
    text.setPrefRowCount(5);
    text.promptTextProperty().bind(l10n.ui("note.panel.prompt"));
    text.focusedProperty().addListener((o, was, now) -> {
      if (!now) {
        keepText();
      }
    });
    text.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
        keepText();
        e.consume();
      }
    });
    for (NoteColour c : NoteColour.values()) {
      colours.getChildren().add(colourButton(c));
    }
    block.setId("note-panel-block");
    block.setMaxWidth(Double.MAX_VALUE);
    block.setItems(FXCollections.observableArrayList(Block.noteBlocks()));
    block.setCellFactory(v -> new BlockCell());
    block.setButtonCell(new BlockCell());
    block.valueProperty().addListener((o, was, now) -> {
      if (!updating && now != null && noteId != null) {
        vm.moveNote(noteId, now, Integer.MAX_VALUE);
      }
    });
    segments.setId("note-panel-segments");
    noSegment.textProperty().bind(l10n.ui("menu.links.none"));
    noSegment.setWrapText(true);
    VBox content = new VBox(6, heading("note.panel.text"), text, heading("menu.colour"), colours,
        heading("note.panel.block"), block, heading("menu.links"), segments);
    content.setPadding(new Insets(10));
    content.getStyleClass().add("note-panel-content");
    setContent(content);
    vm.selectedNoteProperty().addListener((o, was, now) -> {
      keepText();
      show();
    });
    vm.canvasProperty().addListener((o, was, now) -> show());
    l10n.localeProperty().addListener((o, was, now) -> show());
    show();
  }

  /** Shows the selected note as it is now. */
  private void show() {
    Optional<NotePlace> place = Optional.ofNullable(vm.selectedNoteProperty().get())
        .flatMap(id -> vm.canvas().findNote(id));
    noteId = place.map(p -> p.note().id()).orElse(null);
    if (place.isEmpty()) {
      return;
    }
    Note note = place.get().note();
    updating = true;
    if (!text.isFocused() && !Objects.equals(text.getText(), textOf(note))) {
      text.setText(textOf(note));
    }
    colourGroup.getToggles().forEach(t -> t.setSelected(t.getUserData() == note.colourOrDefault()));
    block.setValue(place.get().block());
    block.setButtonCell(new BlockCell());
    showSegments(vm.canvas(), note);
    updating = false;
  }

  private void showSegments(Canvas canvas, Note note) {
    segments.getChildren().clear();
    if (canvas.segments().isEmpty()) {
      segments.getChildren().add(noSegment);
    }
    for (CustomerSegment s : canvas.segments()) {
      CheckBox box = new CheckBox(s.name() == null || s.name().isBlank()
          ? l10n.labels().get("segment.unnamed") : s.name());
      box.setWrapText(true);
      box.setGraphic(new Circle(6, SegmentColours.of(s)));
      box.setSelected(note.segmentIds().contains(s.id()));
      box.selectedProperty().addListener((o, was, now) -> {
        if (!updating && noteId != null) {
          vm.setLinked(noteId, s.id(), now);
        }
      });
      segments.getChildren().add(box);
    }
  }

  private ToggleButton colourButton(NoteColour c) {
    ToggleButton b = new ToggleButton();
    Rectangle swatch = new Rectangle(18, 18, Color.web(c.hex()));
    swatch.getStyleClass().add("colour-swatch");
    b.setGraphic(swatch);
    b.setUserData(c);
    b.setToggleGroup(colourGroup);
    b.getStyleClass().add("note-colour");
    b.setId("note-colour-" + c.name().toLowerCase(java.util.Locale.ROOT));
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(l10n.label("noteColour." + c.name()));
    b.setTooltip(tip);
    b.accessibleTextProperty().bind(l10n.label("noteColour." + c.name()));
    b.setOnAction(e -> {
      if (noteId != null) {
        vm.recolour(noteId, c);
      }
      // A colour stays chosen: pressing it again does not leave the note with none.
      b.setSelected(true);
    });
    return b;
  }

  private void keepText() {
    if (noteId != null && !updating) {
      String now = text.getText();
      vm.canvas().findNote(noteId).filter(p -> !Objects.equals(textOf(p.note()), now))
          .ifPresent(p -> vm.editText(noteId, now));
    }
  }

  private static String textOf(Note note) {
    return note.text() == null ? "" : note.text();
  }

  private Label heading(String key) {
    Label label = new Label();
    label.textProperty().bind(key.startsWith("menu.")
        ? l10n.ui(key).map(s -> s.replace("_", "")) : l10n.ui(key));
    label.getStyleClass().add("note-panel-heading");
    label.setWrapText(true);
    return label;
  }

  /** A block by its name in the editor's language. */
  private final class BlockCell extends ListCell<Block> {
    @Override
    protected void updateItem(Block item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty || item == null ? null
          : l10n.labels().get("block." + item.key() + ".name"));
    }
  }
}
