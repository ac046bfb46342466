package app.toile.ui.roadmap;

import app.toile.model.CustomerSegment;
import app.toile.model.SegmentStatus;
import app.toile.ui.base.Icons;
import app.toile.ui.base.LazyTooltip;
import app.toile.ui.base.Localization;
import app.toile.ui.base.SegmentColours;
import java.text.NumberFormat;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;

/**
 * The expansion roadmap in one line: conquered segments, the focus, then the next ones in order,
 * joined by arrows, and the customers won so far. A click on a step selects its segment.
 */
public final class RoadmapStrip extends HBox {
  private final RoadmapViewModel vm;
  private final Localization l10n;
  private final HBox steps = new HBox(4);
  private final Label won = new Label();
  private Roadmap shown;

  public RoadmapStrip(RoadmapViewModel vm, Localization l10n) {
    this.vm = vm;
    this.l10n = l10n;
    getStyleClass().add("roadmap-strip");
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(8);
    Label title = new Label();
    title.textProperty().bind(l10n.label("roadmap"));
    title.getStyleClass().add("roadmap-title");
    title.setMinWidth(USE_PREF_SIZE);
    steps.setAlignment(Pos.CENTER_LEFT);
    steps.getStyleClass().add("roadmap-steps");
    // One line: long names shorten with an ellipsis (the full name is in the tooltip).
    steps.setMinWidth(0);
    HBox.setHgrow(steps, Priority.ALWAYS);
    won.getStyleClass().add("roadmap-won");
    won.setId("roadmap-won");
    won.setMinWidth(USE_PREF_SIZE);
    getChildren().addAll(title, steps, won);
    vm.canvasProperty().addListener((o, was, now) -> show(false));
    l10n.localeProperty().addListener((o, was, now) -> show(true));
    show(true);
  }

  /** The roadmap as shown. */
  public Roadmap roadmap() {
    return shown;
  }

  private void show(boolean always) {
    Roadmap r = Roadmap.of(vm.canvas());
    if (!always && r.equals(shown)) {
      return;
    }
    shown = r;
    steps.getChildren().clear();
    List<CustomerSegment> all = r.steps();
    for (int i = 0; i < all.size(); i++) {
      if (i > 0) {
        steps.getChildren().add(Icons.of(Feather.CHEVRON_RIGHT));
      }
      steps.getChildren().add(step(all.get(i)));
    }
    if (all.isEmpty()) {
      Label empty = new Label(l10n.ui().get("roadmap.empty"));
      empty.getStyleClass().add("roadmap-empty");
      steps.getChildren().add(empty);
    }
    won.setText(l10n.ui().get("roadmap.won",
        NumberFormat.getIntegerInstance(l10n.locale()).format(r.customersWon())));
  }

  private Node step(CustomerSegment s) {
    Label l = new Label(s.name() == null || s.name().isBlank()
        ? l10n.labels().get("segment.unnamed") : s.name());
    l.setGraphic(new Circle(5, SegmentColours.of(s)));
    SegmentStatus status = s.status();
    l.getStyleClass().addAll("roadmap-step", "status-" + status.name().toLowerCase());
    l.setOnMouseClicked(e -> vm.selectSegment(s.id()));
    l.setMinWidth(40);
    LazyTooltip.set(l, l.getText());
    return l;
  }
}
