package app.toile.ui.notes;

import app.toile.model.Block;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import app.toile.model.NoteColour;
import app.toile.ui.base.Localization;
import app.toile.ui.base.SegmentColours;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/**
 * The menu items that act on one note: colour, the segments it serves, where it goes. Built
 * afresh each time a menu opens, so they always show the note as it is now; the note's context
 * menu and the Edit menu share them.
 */
public final class NoteMenus {
  private NoteMenus() {}

  /** The note's context menu. */
  public static ContextMenu contextMenu(String noteId, NotesViewModel vm, Localization l10n) {
    MenuItem edit = new MenuItem(l10n.ui().get("action.editNote"));
    edit.setOnAction(e -> vm.startEditing(noteId));
    MenuItem delete = new MenuItem(l10n.ui().get("action.delete"));
    delete.setOnAction(e -> {
      vm.selectNote(noteId);
      vm.deleteSelection();
    });
    MenuItem up = new MenuItem(l10n.ui().get("action.moveUp"));
    up.setOnAction(e -> vm.moveSelectedNoteBy(-1));
    MenuItem down = new MenuItem(l10n.ui().get("action.moveDown"));
    down.setOnAction(e -> vm.moveSelectedNoteBy(1));
    ContextMenu menu = new ContextMenu(edit, new SeparatorMenuItem(), colourMenu(noteId, vm, l10n),
        linksMenu(noteId, vm, l10n), moveToMenu(noteId, vm, l10n), up, down,
        new SeparatorMenuItem(), delete);
    menu.getStyleClass().add("note-menu");
    return menu;
  }

  /** The six colours, the note's own checked. */
  public static Menu colourMenu(String noteId, NotesViewModel vm, Localization l10n) {
    Menu menu = new Menu(l10n.ui().get("menu.colour"));
    Note note = vm.canvas().findNote(noteId).map(p -> p.note()).orElse(null);
    ToggleGroup group = new ToggleGroup();
    for (NoteColour c : NoteColour.values()) {
      RadioMenuItem item = new RadioMenuItem(l10n.labels().of("noteColour", c));
      Rectangle swatch = new Rectangle(14, 14, Color.web(c.hex()));
      swatch.getStyleClass().add("colour-swatch");
      item.setGraphic(swatch);
      item.setToggleGroup(group);
      item.setSelected(note != null && note.colourOrDefault() == c);
      item.setOnAction(e -> vm.recolour(noteId, c));
      menu.getItems().add(item);
    }
    menu.setDisable(note == null);
    return menu;
  }

  /** A check item per segment: checked when the note serves it. */
  public static Menu linksMenu(String noteId, NotesViewModel vm, Localization l10n) {
    Menu menu = new Menu(l10n.ui().get("menu.links"));
    Note note = vm.canvas().findNote(noteId).map(p -> p.note()).orElse(null);
    List<CustomerSegment> segments = vm.canvas().segments();
    if (segments.isEmpty()) {
      MenuItem none = new MenuItem(l10n.ui().get("menu.links.none"));
      none.setDisable(true);
      menu.getItems().add(none);
    }
    for (CustomerSegment s : segments) {
      String name = s.name() == null || s.name().isBlank() ? l10n.labels().get("segment.unnamed") : s.name();
      CheckMenuItem item = new CheckMenuItem(name);
      item.setGraphic(new Circle(6, SegmentColours.of(s)));
      item.setSelected(note != null && note.segmentIds().contains(s.id()));
      item.setOnAction(e -> vm.setLinked(noteId, s.id(), item.isSelected()));
      menu.getItems().add(item);
    }
    menu.setDisable(note == null);
    return menu;
  }

  /** The other note blocks, to move the note to the end of one. */
  public static Menu moveToMenu(String noteId, NotesViewModel vm, Localization l10n) {
    Menu menu = new Menu(l10n.ui().get("menu.moveTo"));
    Block here = vm.canvas().findNote(noteId).map(p -> p.block()).orElse(null);
    List<MenuItem> items = new ArrayList<>();
    for (Block b : Block.noteBlocks()) {
      MenuItem item = new MenuItem(l10n.labels().get("block." + b.key() + ".name"));
      item.setDisable(b == here);
      item.setOnAction(e -> {
        vm.selectNote(noteId);
        vm.moveSelectedNoteTo(b);
      });
      items.add(item);
    }
    menu.getItems().setAll(items);
    menu.setDisable(here == null);
    return menu;
  }
}
