package app.toile.ui.segments.editor;

import app.toile.model.Canvas.NotePlace;
import app.toile.model.CustomerSegment;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * The segment's links: the other segments it depends on (checked in a list), and the notes of other
 * blocks that serve it (read-only; a click selects the note).
 */
final class LinksSection {
  private LinksSection() {}

  static GridPane build(FieldControls fc) {
    GridPane form = FieldControls.form();
    fc.wideRow(form, "segment.dependsOn", dependsOn(fc));
    fc.row(form, "segment.servedBy", servedBy(fc));
    return form;
  }

  private static CheckComboBox<String> dependsOn(FieldControls fc) {
    SegmentEditorViewModel vm = fc.viewModel();
    CheckComboBox<String> box = new CheckComboBox<>();
    box.setMaxWidth(Double.MAX_VALUE);
    box.setConverter(new StringConverter<>() {
      @Override
      public String toString(String id) {
        return id == null ? "" : vm.otherSegments().stream().filter(s -> s.id().equals(id))
            .map(s -> s.name() == null || s.name().isBlank()
                ? fc.l10n().labels().get("segment.unnamed") : s.name())
            .findFirst().orElse(id);
      }

      @Override
      public String fromString(String s) {
        return s;
      }
    });
    boolean[] updating = {false};
    fc.register("dependsOn", box, () -> {
      updating[0] = true;
      CustomerSegment s = vm.segment();
      // Links to missing segments stay listed, checked, so that they can be unchecked.
      List<String> items = new ArrayList<>(vm.otherSegments().stream().map(CustomerSegment::id)
          .toList());
      s.dependsOn().stream().filter(id -> !items.contains(id) && !id.equals(s.id()))
          .distinct().forEach(items::add);
      box.getCheckModel().clearChecks();
      box.getItems().setAll(items);
      s.dependsOn().forEach(id -> box.getCheckModel().check(id));
      updating[0] = false;
    });
    box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
      if (!updating[0]) {
        vm.setDependsOn(List.copyOf(box.getCheckModel().getCheckedItems()));
      }
    });
    return box;
  }

  private static ListView<NotePlace> servedBy(FieldControls fc) {
    ListView<NotePlace> list = new ListView<>();
    list.getStyleClass().add("served-by");
    list.setPrefHeight(96);
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(NotePlace p, boolean empty) {
        super.updateItem(p, empty);
        setText(empty || p == null ? null : fc.l10n().labels().get("field.value",
            fc.l10n().labels().get("block." + p.block().key() + ".name"), p.note().text()));
      }
    });
    fc.register("servedBy", list, () -> list.getItems().setAll(fc.viewModel().servingNotes()));
    list.setOnMouseClicked(e -> {
      NotePlace p = list.getSelectionModel().getSelectedItem();
      if (p != null) {
        fc.viewModel().selectNote(p.note().id());
      }
    });
    return list;
  }
}
