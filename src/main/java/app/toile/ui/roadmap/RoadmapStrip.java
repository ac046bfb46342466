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
  /** The key, in a step's properties, of the segment's whole name. */
  private static final String FULL = "roadmap.fullName";
  /** The widest the title and the customers won are before they take a second line. */
  private static final double TEXT_WIDTH = 150;
  /** Room for their longest word ("d’expansion", "8 200 clients" whose space never breaks). */
  private static final double TEXT_MIN_WIDTH = 112;
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
    // Two lines rather than one when the steps need the room.
    title.setWrapText(true);
    title.setMaxWidth(TEXT_WIDTH);
    title.setMinWidth(TEXT_MIN_WIDTH);
    steps.setAlignment(Pos.CENTER_LEFT);
    steps.getStyleClass().add("roadmap-steps");
    // One line: long names shorten with an ellipsis (the full name is in the tooltip).
    steps.setMinWidth(0);
    HBox.setHgrow(steps, Priority.ALWAYS);
    won.getStyleClass().add("roadmap-won");
    won.setId("roadmap-won");
    won.setWrapText(true);
    won.setMaxWidth(TEXT_WIDTH);
    won.setMinWidth(TEXT_MIN_WIDTH);
    getChildren().addAll(title, steps, won);
    steps.widthProperty().addListener((o, was, now) -> fitSteps());
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
      empty.setWrapText(true);
      empty.setMinHeight(USE_PREF_SIZE);
      steps.getChildren().add(empty);
    }
    fitSteps();
    won.setText(l10n.ui().get("roadmap.won",
        NumberFormat.getIntegerInstance(l10n.locale()).format(r.customersWon())));
  }

  /**
   * Whole names when they fit; otherwise what tells them apart: the words they all start with
   * give way to "…" ("…Paris", "…Lyon"), and the tooltip has the whole name.
   */
  private void fitSteps() {
    List<Label> chips = steps.getChildren().stream()
        .filter(n -> n.getStyleClass().contains("roadmap-step")).map(n -> (Label) n).toList();
    if (chips.isEmpty() || steps.getWidth() <= 0) {
      return;
    }
    chips.forEach(c -> c.setText((String) c.getProperties().get(FULL)));
    if (steps.prefWidth(-1) <= steps.getWidth()) {
      return;
    }
    String common = Roadmap.commonStart(chips.stream()
        .map(c -> (String) c.getProperties().get(FULL)).toList());
    if (!common.isEmpty()) {
      chips.forEach(c -> c.setText("\u2026" + ((String) c.getProperties().get(FULL))
          .substring(common.length())));
    }
  }

  private Node step(CustomerSegment s) {
    Label l = new Label(s.name() == null || s.name().isBlank()
        ? l10n.labels().get("segment.unnamed") : s.name());
    l.getProperties().put(FULL, l.getText());
    l.setGraphic(new Circle(5, SegmentColours.of(s)));
    SegmentStatus status = s.status();
    l.getStyleClass().addAll("roadmap-step", "status-" + status.name().toLowerCase());
    l.setOnMouseClicked(e -> vm.selectSegment(s.id()));
    l.setMinWidth(40);
    LazyTooltip.set(l, l.getText());
    return l;
  }
}
