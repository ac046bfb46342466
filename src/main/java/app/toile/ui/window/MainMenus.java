package app.toile.ui.window;

import app.toile.ui.base.Localization;
import app.toile.ui.notes.NoteMenus;
import app.toile.ui.notes.NotesViewModel;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: File, Edit, View, Help, each item with its shortcut. */
final class MainMenus {
  private final WindowActions a;
  private final Localization l10n;

  private MainMenus(WindowActions actions) {
    this.a = actions;
    this.l10n = actions.l10n();
  }

  static MenuBar build(WindowActions actions, NotesViewModel notes, Runnable addSegment,
      Runnable openGuide, BooleanProperty sidePanel, CanvasZoom zoom, Runnable find) {
    MainMenus m = new MainMenus(actions);
    MenuBar bar = new MenuBar(m.file(), m.edit(addSegment, notes, find),
        m.view(openGuide, sidePanel, zoom), m.help());
    bar.setUseSystemMenuBar(true);
    return bar;
  }

  private Menu file() {
    Menu recent = menu("menu.recent");
    recent.setOnShowing(e -> fillRecent(recent));
    fillRecent(recent);
    MenuItem openSample = item("action.openSample", null, a::openSample);
    openSample.setVisible(a.hasSamples());
    MenuItem save = item("action.save", "Shortcut+S", a::save);
    save.disableProperty().bind(a.noCanvas());
    MenuItem saveAs = item("action.saveAs", "Shortcut+Shift+S", a::saveAs);
    saveAs.disableProperty().bind(a.noCanvas());
    MenuItem export = item("action.export", "Shortcut+E", a::export);
    export.disableProperty().bind(a.noCanvas());
    MenuItem print = item("action.print", "Shortcut+P", a::print);
    print.disableProperty().bind(a.noCanvas());
    MenuItem saveVersion = item("action.saveVersion", "Shortcut+Alt+S", a::saveVersion);
    saveVersion.disableProperty().bind(a.noCanvas());
    MenuItem compareWith = item("action.compareWith", null, a::compareWith);
    compareWith.disableProperty().bind(a.noCanvas());
    Menu file = menu("menu.file");
    file.getItems().addAll(item("action.new", "Shortcut+N", a::newCanvas),
        item("action.open", "Shortcut+O", a::open), openSample, recent,
        item("action.import", null, a::importCanvas), new SeparatorMenuItem(),
        save, saveAs, saveVersion, compareWith, export, print, new SeparatorMenuItem(), item("action.quit", "Shortcut+Q", a::quit));
    return file;
  }

  private void fillRecent(Menu recent) {
    recent.getItems().clear();
    int i = 0;
    for (Path p : a.documents().recentFiles()) {
      Path name = p.getFileName();
      // Numbered so that each is one keystroke away; the label itself is not parsed for mnemonics.
      MenuItem item = new MenuItem("_" + (++i % 10) + "  " + (name == null ? p : name));
      item.setOnAction(e -> a.documents().open(p));
      recent.getItems().add(item);
    }
    if (recent.getItems().isEmpty()) {
      MenuItem none = new MenuItem(l10n.ui().get("menu.recent.none"));
      none.setDisable(true);
      recent.getItems().add(none);
    }
  }

  private Menu edit(Runnable addSegment, NotesViewModel notes, Runnable find) {
    MenuItem undo = item("action.undo", "Shortcut+Z", a::undo);
    undo.textProperty().bind(named("action.undo", "action.undoWhat", a.document().undoKeyProperty()));
    undo.disableProperty().bind(a.document().canUndoProperty().not());
    MenuItem redo = item("action.redo", "Shortcut+Y", a::redo);
    redo.textProperty().bind(named("action.redo", "action.redoWhat", a.document().redoKeyProperty()));
    redo.disableProperty().bind(a.document().canRedoProperty().not());
    MenuItem addSeg = item("action.addSegment", "Shortcut+Shift+N", () -> a.addSegment(addSegment));
    addSeg.disableProperty().bind(a.noCanvas());
    MenuItem addNote = item("action.addNote", "Shortcut+Enter", a::addNote);
    MenuItem editNote = item("action.editNote", null, a::editSelected);
    MenuItem delete = item("action.delete", "Delete", a::deleteSelected);
    MenuItem up = item("action.moveUp", "Alt+Up", () -> a.moveSelectedBy(-1));
    MenuItem down = item("action.moveDown", "Alt+Down", () -> a.moveSelectedBy(1));
    Menu colour = menu("menu.colour");
    Menu links = menu("menu.links");
    Menu moveTo = menu("menu.moveTo");
    MenuItem search = item("action.search", "Shortcut+F", find);
    search.disableProperty().bind(a.noCanvas());
    Menu edit = menu("menu.edit");
    edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), addSeg, addNote, editNote, delete,
        up, down, new SeparatorMenuItem(), colour, links, moveTo, new SeparatorMenuItem(), search);
    var vm = a.canvas();
    addNote.disableProperty().bind(Bindings.createBooleanBinding(() -> a.noCanvas().get()
        || vm.selectedBlockProperty().get() == null || !vm.selectedBlockProperty().get().holdsNotes(),
        a.noCanvas(), vm.selectedBlockProperty()));
    editNote.disableProperty().bind(vm.selectedNoteProperty().isNull());
    var nothing = vm.selectedNoteProperty().isNull().and(vm.selectedSegmentProperty().isNull());
    delete.disableProperty().bind(nothing);
    up.disableProperty().bind(nothing);
    down.disableProperty().bind(nothing);
    for (Menu sub : new Menu[] {colour, links, moveTo}) {
      sub.disableProperty().bind(vm.selectedNoteProperty().isNull());
    }
    // The submenus show the selected note as it is now: rebuilt each time the menu opens.
    edit.setOnShowing(e -> {
      String note = vm.selectedNoteProperty().get();
      fill(colour, note == null ? null : NoteMenus.colourMenu(note, notes, l10n));
      fill(links, note == null ? null : NoteMenus.linksMenu(note, notes, l10n));
      fill(moveTo, note == null ? null : NoteMenus.moveToMenu(note, notes, l10n));
    });
    return edit;
  }

  /** Keeps the submenu in its place in the Edit menu and gives it fresh items. */
  private static void fill(Menu kept, Menu fresh) {
    kept.getItems().setAll(fresh == null ? java.util.List.of() : java.util.List.copyOf(fresh.getItems()));
  }

  private Menu view(Runnable openGuide, BooleanProperty sidePanelShown, CanvasZoom zoom) {
    ToggleGroup group = new ToggleGroup();
    Menu language = menu("menu.language");
    for (Locale l : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
      RadioMenuItem item = new RadioMenuItem();
      item.textProperty().bind(l10n.ui("menu.language." + l.getLanguage()));
      item.setToggleGroup(group);
      item.setSelected(l10n.locale().getLanguage().equals(l.getLanguage()));
      l10n.localeProperty().addListener((o, was, now) -> item.setSelected(now.getLanguage().equals(l.getLanguage())));
      item.setOnAction(e -> a.setLanguage(l));
      language.getItems().add(item);
    }
    CheckMenuItem dark = new CheckMenuItem();
    dark.textProperty().bind(l10n.ui("menu.theme.dark"));
    dark.selectedProperty().bindBidirectional(a.darkProperty());
    dark.setOnAction(e -> a.setDark(dark.isSelected()));
    Menu view = menu("menu.view");
    MenuItem guide = item("menu.view.guide", null, openGuide);
    guide.disableProperty().bind(a.noCanvas());
    CheckMenuItem sidePanel = new CheckMenuItem();
    sidePanel.textProperty().bind(l10n.ui("menu.view.sidePanel"));
    sidePanel.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
    sidePanel.selectedProperty().bindBidirectional(sidePanelShown);
    sidePanel.disableProperty().bind(a.noCanvas());
    MenuItem zoomIn = item("action.zoomIn", "Shortcut+Plus", zoom::zoomIn);
    MenuItem zoomOut = item("action.zoomOut", "Shortcut+Minus", zoom::zoomOut);
    MenuItem fit = item("action.zoomFit", "Shortcut+0", zoom::fit);
    for (MenuItem i : new MenuItem[] {zoomIn, zoomOut, fit}) {
      i.disableProperty().bind(a.noCanvas());
    }
    MenuItem versions = item("menu.view.versions", "Shortcut+Shift+V", a::showVersions);
    versions.disableProperty().bind(a.noCanvas());
    view.getItems().addAll(guide, sidePanel, versions, new SeparatorMenuItem(), zoomIn, zoomOut, fit,
        new SeparatorMenuItem(), language, dark);
    return view;
  }

  private Menu help() {
    Menu help = menu("menu.help");
    help.getItems().addAll(item("action.shortcuts", "F1", a::showShortcuts),
        item("action.about", null, a::showAbout));
    return help;
  }

  private Menu menu(String key) {
    Menu m = new Menu();
    m.textProperty().bind(l10n.ui(key));
    return m;
  }

  private MenuItem item(String key, String accelerator, Runnable action) {
    MenuItem item = new MenuItem();
    item.textProperty().bind(l10n.ui(key));
    if (accelerator != null) {
      item.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    item.setOnAction(e -> action.run());
    return item;
  }

  /** "Undo" alone, or "Undo Add note" naming the edit. */
  private StringBinding named(String plainKey, String namedKey, ObservableStringValue commandKey) {
    return Bindings.createStringBinding(() -> commandKey.get() == null
        ? l10n.ui().get(plainKey)
        : l10n.ui().get(namedKey, l10n.ui().get(commandKey.get())), commandKey, l10n.localeProperty());
  }
}
