package app.toile.ui.segments.editor;

import app.toile.model.CustomerSegment;
import app.toile.ui.base.AfterFrame;
import app.toile.ui.base.Localization;
import app.toile.ui.base.SegmentFields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The structured editor of the selected customer segment: every field of the segment in
 * collapsible sections (the empathy map collapsed), scrolling when the window is short.
 */
public final class SegmentEditorView extends StackPane {
  /**
   * Room left above a field scrolled into view, so that its label, which sits above it, shows
   * too: a label line and the gap under it.
   */
  private static final double LABEL_ROOM = 24;
  private final FieldControls fields;
  private final Map<String, TitledPane> sections = new LinkedHashMap<>();
  private final ScrollPane scroll;
  private Runnable onSectionBuilt = () -> { };
  /** Makes the sections below the fold, until they are made. */
  private Runnable below;

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
    // Another segment (a new one, or one chosen on the canvas) shows its form from the top; a
    // field asked for (a finding, the guide) is scrolled to after this.
    vm.segmentProperty().addListener((o, was, now) -> {
      if (now != null && (was == null || !was.id().equals(now.id()))) {
        scroll.setVvalue(0);
      }
    });
    // The sections (some nine hundred nodes) are made when the first segment is shown: until
    // then (no canvas open, or one with no segment selected) the panel says none is selected, and
    // styling them would only hold up the window.
    if (vm.segment() != null) {
      build(content, vm);
    } else {
      vm.segmentProperty().addListener(new ChangeListener<CustomerSegment>() {
        @Override
        public void changed(ObservableValue<? extends CustomerSegment> o, CustomerSegment was,
            CustomerSegment now) {
          if (now != null) {
            vm.segmentProperty().removeListener(this);
            build(content, vm);
          }
        }
      });
    }
  }

  /**
   * Makes the two sections at the top of the form, the segment's identity and need, and the
   * others (nine tenths of the form's nodes; the profile, with its age slider and the slider's
   * axis of ticks, is the largest) once that frame is drawn: styling and laying them out would
   * hold up the canvas's first frame. The profile's heading, under the need, then fills in one
   * frame later; nothing above it moves. A field asked for meanwhile makes them at once.
   */
  private void build(VBox content, SegmentEditorViewModel vm) {
    content.getChildren().addAll(
        section("identity", "segment.identity", IdentitySection.build(fields), true),
        section("need", "segment.need", needArea(), true));
    filled();
    below = () -> {
      content.getChildren().addAll(
          section("profile", "segment.profile", ProfileSection.build(fields), true),
          section("distinctness", "segment.distinctness", DistinctnessSection.build(fields), true),
          section("evaluation", "segment.evaluation", EvaluationSection.build(fields), true),
          section("conquest", "segment.conquest", ConquestSection.build(fields), true),
          section("links", "segment.links", LinksSection.build(fields), true),
          section("history", "segment.history", HistorySection.build(vm.history(), fields.l10n()),
              true),
          section("empathyMap", "segment.empathyMap", EmpathySection.build(fields), false));
      filled();
    };
    AfterFrame.run(this, this::buildBelow);
  }

  /** Makes the sections below the fold, if not yet made. */
  private void buildBelow() {
    Runnable make = below;
    below = null;
    if (make != null) {
      make.run();
    }
  }

  /** Made once the segment is set (or while it changes): the controls are filled now. */
  private void filled() {
    fields.refresh();
    onSectionBuilt.run();
  }

  /** What to run when the sections' fields are made, such as marking the findings on them. */
  public void setOnSectionBuilt(Runnable action) {
    onSectionBuilt = action == null ? () -> { } : action;
  }

  private Node needArea() {
    var area = fields.area(SegmentFields.NEED, 3);
    area.accessibleTextProperty().bind(fields.l10n().label(SegmentFields.NEED.labelKey()));
    return area;
  }

  private TitledPane section(String key, String titleKey, Node body, boolean expanded) {
    TitledPane p = new TitledPane();
    p.textProperty().bind(key.equals("links") || key.equals("identity") || key.equals("history")
        ? fields.l10n().ui(titleKey).map(String::valueOf) : fields.l10n().label(titleKey));
    p.setExpanded(expanded);
    p.setId("section-" + key);
    p.getStyleClass().add("segment-section");
    p.setContent(body);
    sections.put(key, p);
    return p;
  }

  /** The field controls, by path. */
  public FieldControls fields() {
    buildBelow();
    return fields;
  }

  /** The sections by the first part of the paths they hold ({@code profile}, {@code evaluation}…). */
  public Map<String, TitledPane> sections() {
    buildBelow();
    return sections;
  }

  /** The section holding a field path, once made. */
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

  /** The control of a field path (an index such as {@code dependsOn[2]} is ignored). */
  public Optional<Control> control(String path) {
    buildBelow();
    return shownControl(path);
  }

  /**
   * The control of a field path, once its section is made (the first segment shown, and the
   * first frame drawn for the sections below the fold).
   */
  public Optional<Control> shownControl(String path) {
    if (path == null) {
      return Optional.empty();
    }
    String p = path.replaceAll("\\[\\d+]$", "");
    return Optional.ofNullable(fields.byPath().get(p));
  }

  /**
   * Opens the section of a field, scrolls to it and gives it the keyboard focus; a text is
   * selected, as when tabbing into it, so that typing replaces it.
   */
  public void focusField(String path) {
    buildBelow();
    sectionOf(path).ifPresent(s -> s.setExpanded(true));
    Node target = control(path).<Node>map(c -> c).or(() -> sectionOf(path)).orElse(null);
    if (target == null) {
      return;
    }
    // After layout, so that the opened section has its size; and after CSS, which gives sections
    // made just now (the first segment shown) their skins, without which their fields are in no
    // scene yet and cannot take the focus.
    Platform.runLater(() -> {
      applyCss();
      layout();
      scrollTo(target);
      target.requestFocus();
      if (target instanceof TextInputControl text) {
        text.selectAll();
      }
    });
  }

  private void scrollTo(Node target) {
    Node content = scroll.getContent();
    Bounds b = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
    double free = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
    if (free > 0) {
      scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - LABEL_ROOM) / free)));
    }
  }
}
