package app.toile.ui.export;

import app.toile.export.ExportMode;
import app.toile.export.ExportPart;
import app.toile.export.Paper;
import app.toile.session.EditorSession;
import app.toile.session.ExportChoices;
import app.toile.session.ExportKind;
import app.toile.session.Exports;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;

/**
 * The export dialog's state: the format, kind of document, paper, language, parts and byte-order
 * mark chosen, the file to write, then the export's progress and how it ended. Formats and papers go to the view
 * as their keys ("pdf", "md", "a4"); a choice that does not apply to the format says why by the
 * key of its reason. The export runs through the session's {@link Exports}, which remembers the
 * choices for the next export of the same canvas. No scene-graph code: tests drive it without a
 * toolkit.
 */
public final class ExportViewModel {
  /** Which page of the dialog shows. */
  public enum Step { CHOOSE, RUNNING, DONE, FAILED }

  /** The documents offered, by key: drawn pages and images. */
  public static final List<String> DOCUMENTS = List.of("pdf", "png", "pptx");
  /** The open formats offered, by key: the canvas's text for other programs. */
  public static final List<String> OPEN_FORMATS = List.of("md", "canvas", "csv");
  /** Every format offered, documents first. */
  public static final List<String> FORMATS = List.of("pdf", "png", "pptx", "md", "canvas", "csv");
  /** The papers offered, by key: the desk's (A4, A3, Letter), then the wall's (A2, A1, A0). */
  public static final List<String> PAPERS =
      Arrays.stream(Paper.values()).map(Paper::key).toList();
  /** The kinds of document offered, by key. */
  public static final List<String> MODES = List.of("working", "presentation");
  /** The languages offered. */
  public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

  private final EditorSession session;
  private final Exports exports;
  private final FileOpener opener;
  private final Executor ui;
  private final StringProperty format = new SimpleStringProperty("pdf");
  private final StringProperty paper = new SimpleStringProperty("a4");
  private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(Locale.ENGLISH);
  private final BooleanProperty segmentPages = new SimpleBooleanProperty(true);
  private final BooleanProperty roadmap = new SimpleBooleanProperty(true);
  private final BooleanProperty findings = new SimpleBooleanProperty(true);
  private final BooleanProperty byteOrderMark = new SimpleBooleanProperty(false);
  private final StringProperty mode = new SimpleStringProperty("working");
  private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CHOOSE);
  private final ReadOnlyObjectWrapper<Boolean> noDesktop = new ReadOnlyObjectWrapper<>(false);
  private final BooleanBinding openFormat = Bindings.createBooleanBinding(
      () -> OPEN_FORMATS.contains(format.get()), format);
  private final BooleanBinding partsApply = format.isNotEqualTo("png").and(openFormat.not());
  private final BooleanBinding paperApplies = format.isNotEqualTo("pptx").and(openFormat.not());
  private final BooleanBinding byteOrderMarkApplies = format.isEqualTo("csv");
  private final ObservableValue<String> paperReason = format.map(
      f -> f.equals("pptx") ? "dialog.export.paper.slides"
          : OPEN_FORMATS.contains(f) ? "dialog.export.paper.text" : "");
  private final ObservableValue<String> partsReason = format.map(
      f -> f.equals("png") ? "dialog.export.include.png"
          : OPEN_FORMATS.contains(f) ? "dialog.export.include.text" : "");
  private final BooleanBinding modeApplies = openFormat.not();
  private final BooleanBinding findingsApply =
      partsApply.and(mode.isNotEqualTo(ExportMode.PRESENTATION.key()));
  private final ObservableValue<String> findingsReason = Bindings.createStringBinding(
      () -> !partsApply.get() ? partsReason.getValue()
          : findingsApply.get() ? "" : "dialog.export.include.findings.presentation",
      partsApply, findingsApply, partsReason);
  private final ObservableValue<String> fileName;

  /**
   * @param opener opens the written file or its folder
   * @param ui where the desktop's answer is shown (the UI thread)
   */
  public ExportViewModel(EditorSession session, FileOpener opener, Executor ui) {
    this.session = session;
    this.exports = session.files().exports();
    this.opener = opener;
    this.ui = ui;
    fileName = Bindings.createStringBinding(() -> target.get() == null
        ? exports.proposedName() + "." + format.get()
        : String.valueOf(target.get().getFileName()), target, format);
    exports.stateProperty().addListener((o, was, now) -> step.set(stepOf(now)));
    // A file chosen keeps its name and folder when the format changes; only its extension follows.
    format.addListener((o, was, now) -> {
      if (target.get() != null) {
        target.set(choices().withFormat(ExportKind.parse(now)).target());
      }
      // A mode left at the old format's default follows to the new one's; a chosen one stays.
      ExportKind from = ExportKind.parse(was);
      ExportKind to = ExportKind.parse(now);
      if (from != null && to != null) {
        mode.set(ExportChoices.followMode(ExportMode.parse(mode.get()), from, to).key());
      }
    });
  }

  // Properties

  public StringProperty formatProperty() {
    return format;
  }

  public StringProperty paperProperty() {
    return paper;
  }

  public ObjectProperty<Locale> languageProperty() {
    return language;
  }

  public BooleanProperty segmentPagesProperty() {
    return segmentPages;
  }

  public BooleanProperty roadmapProperty() {
    return roadmap;
  }

  public BooleanProperty findingsProperty() {
    return findings;
  }

  /** Whether CSV files start with a byte-order mark, which spreadsheet programs read accents by. */
  public BooleanProperty byteOrderMarkProperty() {
    return byteOrderMark;
  }

  /** The kind of document, by key: {@code working} or {@code presentation}. */
  public StringProperty modeProperty() {
    return mode;
  }

  /** False for the open formats, which carry all the text whatever the mode. */
  public BooleanBinding modeAppliesProperty() {
    return modeApplies;
  }

  /** False where the findings cannot be included: an image, an open format, a presentation. */
  public BooleanBinding findingsApplyProperty() {
    return findingsApply;
  }

  /** The bundle key of why the findings cannot be included; empty when they can. */
  public ObservableValue<String> findingsReasonProperty() {
    return findingsReason;
  }

  /** The file to write; null until one is chosen (an untitled canvas has no folder yet). */
  public ObjectProperty<Path> targetProperty() {
    return target;
  }

  /** True for Markdown, JSON Canvas and CSV: the canvas's text, without paper or pages. */
  public BooleanBinding openFormatProperty() {
    return openFormat;
  }

  /** False for a PNG, which is the canvas page alone, and for the open formats, which have no pages. */
  public BooleanBinding partsApplyProperty() {
    return partsApply;
  }

  /** False for PowerPoint, whose slides are always 16:9, and for the open formats, which are text. */
  public BooleanBinding paperAppliesProperty() {
    return paperApplies;
  }

  /** True for CSV alone, whose files may start with a byte-order mark. */
  public BooleanBinding byteOrderMarkAppliesProperty() {
    return byteOrderMarkApplies;
  }

  /** The bundle key of why the paper does not apply; empty when it does. */
  public ObservableValue<String> paperReasonProperty() {
    return paperReason;
  }

  /** The bundle key of why the parts do not apply; empty when they do. */
  public ObservableValue<String> partsReasonProperty() {
    return partsReason;
  }

  public ReadOnlyObjectProperty<Step> stepProperty() {
    return step.getReadOnlyProperty();
  }

  /** How far the export is, 0 to 1. */
  public ObservableDoubleValue progressProperty() {
    return exports.progressProperty();
  }

  /** The file written, once the export is done. */
  public ReadOnlyObjectProperty<Path> writtenProperty() {
    return exports.writtenProperty();
  }

  /** Why nothing was written, in plain words. */
  public ReadOnlyObjectProperty<String> failureProperty() {
    return exports.failureProperty();
  }

  /** True once the desktop could not open the file or its folder. */
  public ObservableValue<Boolean> noDesktopProperty() {
    return noDesktop.getReadOnlyProperty();
  }

  /** The file's name for the header of the last page: the target's, or the proposed one. */
  public ObservableValue<String> fileNameProperty() {
    return fileName;
  }

  /** The choices as the dialog shows them. */
  public ExportChoices choices() {
    Set<ExportPart> parts = EnumSet.noneOf(ExportPart.class);
    if (segmentPages.get()) {
      parts.add(ExportPart.SEGMENT_PAGES);
    }
    if (roadmap.get()) {
      parts.add(ExportPart.ROADMAP);
    }
    if (findings.get()) {
      parts.add(ExportPart.FINDINGS);
    }
    return new ExportChoices(ExportKind.parse(format.get()), Paper.parse(paper.get()),
        language.get(), parts, byteOrderMark.get(), target.get(), ExportMode.parse(mode.get()));
  }

  // Commands

  /** Shows the choices of this canvas's last export, or the defaults for it. */
  public void load() {
    exports.reset();
    noDesktop.set(false);
    step.set(stepOf(exports.stateProperty().get()));
    ExportChoices c = exports.choices(session.localeProperty().getValue());
    target.set(null);
    format.set(c.format().extension());
    paper.set(c.paper().name().toLowerCase(Locale.ROOT));
    language.set(c.language());
    segmentPages.set(c.parts().contains(ExportPart.SEGMENT_PAGES));
    roadmap.set(c.parts().contains(ExportPart.ROADMAP));
    findings.set(c.parts().contains(ExportPart.FINDINGS));
    byteOrderMark.set(c.byteOrderMark());
    // After the format, whose change would otherwise move it to the format's default.
    mode.set(c.mode().key());
    target.set(c.target());
  }

  /** Asks where to write the export; true when a file was chosen. */
  public boolean chooseTarget() {
    return exports.chooseTarget(choices()).map(p -> {
      ExportChoices c = choices().withTarget(p);
      format.set(c.format().extension());
      target.set(c.target());
      return true;
    }).orElse(false);
  }

  /** Starts the export, first asking for a file when none is chosen yet. */
  public void export() {
    if (target.get() == null && !chooseTarget()) {
      return;
    }
    exports.start(choices());
  }

  /** Stops the running export; nothing is written. */
  public void cancel() {
    exports.cancel();
  }

  /** Back to the choices after a failure, to pick another file, say. */
  public void back() {
    exports.reset();
  }

  /** Opens the written file with the desktop's program for it. */
  public void open() {
    Path f = exports.writtenProperty().get();
    if (f != null) {
      opener.open(f).thenAcceptAsync(this::answered, ui);
    }
  }

  /** Shows the written file in its folder. */
  public void showInFolder() {
    Path f = exports.writtenProperty().get();
    if (f != null) {
      opener.showInFolder(f).thenAcceptAsync(this::answered, ui);
    }
  }

  private void answered(boolean done) {
    noDesktop.set(!done);
  }

  private static Step stepOf(Exports.State s) {
    return switch (s) {
      case RUNNING -> Step.RUNNING;
      case DONE -> Step.DONE;
      case FAILED -> Step.FAILED;
      case IDLE, CANCELLED -> Step.CHOOSE;
    };
  }
}
