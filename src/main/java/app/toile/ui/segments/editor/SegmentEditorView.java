package app.toile.ui.segments.editor;

import app.toile.ui.base.Localization;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import app.toile.model.CustomerSegment;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;

/**
 * The structured editor of the selected customer segment: every field of the segment in
 * collapsible sections (the empathy map collapsed), scrolling when the window is short.
 */
public final class SegmentEditorView extends StackPane {
  /** About the height of a section's title bar, for what fits above the fold. */
  private static final double TITLE_HEIGHT = 30;
  private final FieldControls fields;
  private final Map<String, TitledPane> sections = new LinkedHashMap<>();
  private final Map<String, DeferredSection> deferred = new LinkedHashMap<>();
  private final ScrollPane scroll;
  private Runnable onSectionBuilt = () -> { };

  public SegmentEditorView(SegmentEditorViewModel vm, Localization l10n) {
    this.fields = new FieldControls(vm, l10n);
    getStyleClass().add("segment-editor");
    VBox content = new VBox();
    content.getStyleClass().add("segment-editor-sections");
    scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("edge-to-edge");
    VBox.setVgrow(scroll, Priority.ALWAYS);

    Label none = new Label();
    none.textProperty().bind(l10n.ui("segment.noneSelected"));
    none.getStyleClass().add("segment-editor-empty");
    none.setWrapText(true);
    scroll.visibleProperty().bind(vm.segmentProperty().isNotNull());
    none.visibleProperty().bind(vm.segmentProperty().isNull());
    getChildren().addAll(scroll, none);
    // The sections (some nine hundred nodes) are made when the first segment is shown: until
    // then (no canvas open, or one with no segment selected) the panel says none is selected, and
    // styling them would only hold up the window.
    if (vm.segment() != null) {
      build(content);
    } else {
      vm.segmentProperty().addListener(new ChangeListener<CustomerSegment>() {
        @Override
        public void changed(ObservableValue<? extends CustomerSegment> o, CustomerSegment was,
            CustomerSegment now) {
          if (now != null) {
            vm.segmentProperty().removeListener(this);
            build(content);
          }
        }
      });
    }
  }

  private void build(VBox content) {
    content.getChildren().addAll(
        section("identity", "segment.identity", () -> IdentitySection.build(fields), true, 190),
        section("need", "segment.need", this::needArea, true, 80),
        section("profile", "segment.profile", () -> ProfileSection.build(fields), true, 560),
        section("distinctness", "segment.distinctness", () -> DistinctnessSection.build(fields),
            true, 150),
        section("evaluation", "segment.evaluation", () -> EvaluationSection.build(fields), true,
            400),
        section("conquest", "segment.conquest", () -> ConquestSection.build(fields), true, 330),
        section("links", "segment.links", () -> LinksSection.build(fields), true, 220),
        section("empathyMap", "segment.empathyMap", () -> EmpathySection.build(fields), false,
            300));
    // What the first frame can show is made now, down to the window's height (the panel is
    // shorter); the rest stands in at its estimated height and is made when scrolled near,
    // when a field of it is asked for, or one section a frame once the window is up.
    double fold = foldHeight(content);
    double top = 0;
    for (DeferredSection d : deferred.values()) {
      if (d.pane().isExpanded() && top < fold) {
        d.build();
      } else {
        d.defer();
      }
      top += TITLE_HEIGHT + d.estimatedHeight();
    }
    // Made once the segment is set (or while it changes): the controls are filled now.
    fields.refresh();
    // Scrolling may outrun the frames that make the rest; a taller window needs no listener,
    // since those frames make every expanded section anyway.
    scroll.vvalueProperty().addListener((o, was, now) -> buildNearView());
    new SectionsAfterFirstFrame(content, this::buildNextPending).start();
  }

  /** The window's height if it has one yet, else the screen's: the panel is never taller. */
  private static double foldHeight(Node content) {
    Scene scene = content.getScene();
    if (scene != null && scene.getHeight() > 0) {
      return scene.getHeight();
    }
    return Screen.getPrimary().getVisualBounds().getHeight();
  }

  /** Makes the next section still pending (the collapsed empathy map waits to be opened). */
  private boolean buildNextPending() {
    for (DeferredSection d : deferred.values()) {
      if (!d.isBuilt() && d.pane().isExpanded()) {
        built(d);
        return true;
      }
    }
    return false;
  }

  /** Makes the pending sections that the scrolled viewport shows or nearly shows. */
  private void buildNearView() {
    Bounds view = scroll.getViewportBounds();
    Node content = scroll.getContent();
    double free = content.getLayoutBounds().getHeight() - view.getHeight();
    double from = Math.max(0, free) * scroll.getVvalue() - view.getHeight();
    double to = from + 3 * view.getHeight();
    for (DeferredSection d : deferred.values()) {
      Bounds b = d.pane().getBoundsInParent();
      if (!d.isBuilt() && d.pane().isExpanded() && b.getMaxY() >= from && b.getMinY() <= to) {
        built(d);
      }
    }
  }

  private void built(DeferredSection d) {
    if (d.build()) {
      fields.refresh();
      onSectionBuilt.run();
    }
  }

  /** What to run when a section's fields are made, such as marking the findings on them. */
  public void setOnSectionBuilt(Runnable action) {
    onSectionBuilt = action == null ? () -> { } : action;
  }

  private Node needArea() {
    var area = fields.area(SegmentFields.NEED, 3);
    area.accessibleTextProperty().bind(fields.l10n().label(SegmentFields.NEED.labelKey()));
    return area;
  }

  private TitledPane section(String key, String titleKey, Supplier<Node> body, boolean expanded,
      double estimatedHeight) {
    TitledPane p = new TitledPane();
    p.textProperty().bind(key.equals("links") || key.equals("identity")
        ? fields.l10n().ui(titleKey).map(String::valueOf) : fields.l10n().label(titleKey));
    p.setExpanded(expanded);
    p.setId("section-" + key);
    p.getStyleClass().add("segment-section");
    sections.put(key, p);
    DeferredSection d = new DeferredSection(p, body, estimatedHeight);
    deferred.put(key, d);
    p.expandedProperty().addListener((o, was, now) -> {
      if (now) {
        built(d);
      }
    });
    return p;
  }

  /** The field controls, by path. */
  public FieldControls fields() {
    return fields;
  }

  /** The sections by the first part of the paths they hold ({@code profile}, {@code evaluation}…). */
  public Map<String, TitledPane> sections() {
    return sections;
  }

  /** The section holding a field path. */
  public Optional<TitledPane> sectionOf(String path) {
    if (path == null) {
      return Optional.empty();
    }
    String head = path.split("[.\\[]")[0];
    String key = switch (head) {
      case "name", "description", "colour", "customerKind" -> "identity";
      case "status", "customerCount" -> "conquest";
      case "dependsOn", "servedBy" -> "links";
      default -> head;
    };
    return Optional.ofNullable(sections.get(key));
  }

  /**
   * The control of a field path (an index such as {@code dependsOn[2]} is ignored), making its
   * section's fields if they are not made yet.
   */
  public Optional<Control> control(String path) {
    if (path == null) {
      return Optional.empty();
    }
    sectionOf(path).map(s -> deferred.get(s.getId().substring("section-".length())))
        .ifPresent(this::built);
    return shownControl(path);
  }

  /** The control of a field path if its section's fields are made, without making them. */
  public Optional<Control> shownControl(String path) {
    if (path == null) {
      return Optional.empty();
    }
    String p = path.replaceAll("\\[\\d+]$", "");
    return Optional.ofNullable(fields.byPath().get(p));
  }

  /** Opens the section of a field, scrolls to it and gives it the keyboard focus. */
  public void focusField(String path) {
    sectionOf(path).ifPresent(s -> s.setExpanded(true));
    Node target = control(path).<Node>map(c -> c).or(() -> sectionOf(path)).orElse(null);
    if (target == null) {
      return;
    }
    // After layout, so that the opened section has its size.
    Platform.runLater(() -> {
      layout();
      scrollTo(target);
      target.requestFocus();
    });
  }

  private void scrollTo(Node target) {
    Node content = scroll.getContent();
    Bounds b = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
    double free = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
    if (free > 0) {
      scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 24) / free)));
    }
  }
}
