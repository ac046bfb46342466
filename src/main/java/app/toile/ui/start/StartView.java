package app.toile.ui.start;

import app.toile.ui.base.Icons;
import app.toile.ui.base.Localization;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The screen shown when no canvas is open: create one, open a file, reopen one of the ten recent
 * files, or open a sample when samples are installed.
 */
public final class StartView extends VBox {
  private final StartViewModel documents;
  private final Localization l10n;
  private final VBox recent = new VBox(2);

  /**
   * @param hasSamples whether samples are installed: the sample entry shows only then
   * @param openSample opens the sample gallery
   */
  public StartView(StartViewModel documents, Localization l10n, boolean hasSamples,
      Runnable openSample) {
    this.documents = documents;
    this.l10n = l10n;
    getStyleClass().add("start-view");
    setAlignment(Pos.CENTER);

    Label title = new Label();
    title.textProperty().bind(l10n.ui("start.welcome"));
    title.getStyleClass().add("start-title");
    Label intro = new Label();
    intro.textProperty().bind(l10n.ui("start.intro"));
    intro.getStyleClass().add("start-intro");
    intro.setWrapText(true);

    Button create = button("start.new", Feather.FILE_PLUS, documents::newCanvas);
    create.getStyleClass().add("accent");
    create.setDefaultButton(true);
    HBox actions = new HBox(10, create, button("start.open", Feather.FOLDER, documents::open));
    if (hasSamples) {
      actions.getChildren().add(button("start.openSample", Feather.BOOK_OPEN, openSample));
    }
    actions.setAlignment(Pos.CENTER_LEFT);

    Label recentTitle = new Label();
    recentTitle.textProperty().bind(l10n.ui("start.recent"));
    recentTitle.getStyleClass().add("start-section");
    recent.getStyleClass().add("start-recent");

    VBox card = new VBox(16, title, intro, actions, recentTitle, recent);
    card.getStyleClass().add("start-card");
    card.setMaxWidth(640);
    getChildren().add(card);

    documents.recentFiles().addListener((ListChangeListener<Path>) c -> showRecent());
    l10n.localeProperty().addListener((o, was, now) -> showRecent());
    showRecent();
  }

  private Button button(String key, Feather icon, Runnable action) {
    Button b = new Button();
    b.textProperty().bind(l10n.ui(key));
    b.setGraphic(Icons.of(icon));
    b.setOnAction(e -> action.run());
    b.getStyleClass().add("start-action");
    return b;
  }

  private void showRecent() {
    recent.getChildren().clear();
    if (documents.recentFiles().isEmpty()) {
      Label none = new Label(l10n.ui().get("start.recent.none"));
      none.getStyleClass().add("start-recent-none");
      recent.getChildren().add(none);
      return;
    }
    for (Path p : documents.recentFiles()) {
      recent.getChildren().add(link(p, documents::open));
    }
  }

  private static HBox link(Path p, Consumer<Path> open) {
    Path name = p.getFileName();
    Hyperlink link = new Hyperlink(name == null ? p.toString() : name.toString());
    link.setGraphic(Icons.of(Feather.FILE_TEXT));
    link.setTooltip(new Tooltip(p.toString()));
    link.setOnAction(e -> open.accept(p));
    Path parent = p.getParent();
    Label folder = new Label(parent == null ? "" : parent.toString());
    folder.getStyleClass().add("start-recent-folder");
    folder.setMinWidth(0);
    HBox row = new HBox(6, link, folder);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }
}
