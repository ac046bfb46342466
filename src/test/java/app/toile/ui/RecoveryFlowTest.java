package app.toile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.command.AddNote;
import app.toile.io.CanvasFiles;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Note;
import app.toile.recovery.CrashLog;
import app.toile.recovery.RecoveryStore;
import app.toile.session.Recoveries;
import app.toile.session.Samples;
import app.toile.ui.recovery.Recovery;
import app.toile.ui.recovery.RecoveryPrompts.Offer;
import app.toile.ui.recovery.RecoverySettings;
import app.toile.ui.window.MainWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Unsaved work survives: recovery copies written while editing and offered back in a fresh window,
 * changes made to the file by another program, and the error path.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryFlowTest {
  private static final Canvas ON_DISK = Canvas.empty().withNotes(Block.CHANNELS,
      List.of(Note.of("n1", "Co-working spaces")));

  @TempDir
  Path folder;
  private final TestWindow fx = new TestWindow("recovery", Locale.ENGLISH);
  private final TestRecoveryPrompts prompts = new TestRecoveryPrompts();
  private Stage stage;
  private Path file;
  private Recovery recovery;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void cleanUp(FxRobot robot) {
    robot.interact(() -> recovery.detach());
    fx.forget();
  }

  /** Opens the window on a real canvas file, with recovery copies every 200 ms. */
  private void openOnFile(FxRobot robot) {
    file = folder.resolve("plan.toile.json");
    CanvasFiles.save(ON_DISK, file);
    robot.interact(() -> {
      window = fx.open(stage, Samples.none(), file, new FileCanvasStore());
      recovery = Recovery.attach(window, settings(), prompts);
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private RecoverySettings settings() {
    return new RecoverySettings(new Recoveries(new RecoveryStore(folder.resolve("recovery")),
        new CrashLog(folder.resolve("logs"), "test")), Runnable::run, Duration.millis(200),
        java.time.Duration.ofMillis(100));
  }

  private RecoveryStore store() {
    return new RecoveryStore(folder.resolve("recovery"));
  }

  private Canvas canvas() {
    return window.documents().document().canvas();
  }

  private void addChannel(FxRobot robot, String text) {
    robot.interact(() -> window.documents().document()
        .execute(AddNote.append(Block.CHANNELS, Note.of("n" + text.length(), text))));
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void anUnsavedEditIsOfferedBackInAFreshWindowAndRestoredUnsaved(FxRobot robot)
      throws Exception {
    openOnFile(robot);
    addChannel(robot, "Accountants' newsletter");
    Canvas edited = canvas();
    waitFor(() -> !store().pending().isEmpty());
    assertThat(store().restore(store().pending().get(0)).canvas()).isEqualTo(edited);

    // As after kill -9: a new window on the same recovery folder, nothing closed cleanly.
    robot.interact(() -> {
      recovery.detach();
      stage.close();
      Stage fresh = new Stage();
      window = fx.open(fresh, Samples.none(), null, new FileCanvasStore());
      recovery = Recovery.attach(window, settings(), prompts);
      prompts.offerAnswer = Offer.RESTORE;
      assertThat(recovery.offerPending()).isTrue();
    });
    assertThat(prompts.offered).hasSize(1);
    assertThat(prompts.offered.get(0).file()).isEqualTo(file.toAbsolutePath());
    assertThat(canvas()).isEqualTo(edited);
    assertThat(window.documents().document().isUnsaved()).isTrue();
    assertThat(window.documents().document().file()).isEqualTo(file);
    assertThat(CanvasFiles.load(file)).isEqualTo(ON_DISK);

    // Saving the restored work writes the file and removes the copy.
    robot.interact(() -> window.documents().save());
    waitFor(() -> store().pending().isEmpty());
    assertThat(CanvasFiles.load(file)).isEqualTo(edited);
    robot.interact(() -> window.stage().close());
  }

  @Test
  void discardingTheOfferRemovesTheCopy(FxRobot robot) throws Exception {
    openOnFile(robot);
    addChannel(robot, "Trade fairs");
    waitFor(() -> !store().pending().isEmpty());
    prompts.offerAnswer = Offer.DISCARD;
    robot.interact(() -> assertThat(recovery.offerPending()).isFalse());
    assertThat(prompts.offered).hasSize(1);
    assertThat(store().pending()).isEmpty();
  }

  @Test
  void savingRemovesTheCopyAndNothingIsOfferedAfterwards(FxRobot robot) throws Exception {
    openOnFile(robot);
    addChannel(robot, "Local radio");
    waitFor(() -> !store().pending().isEmpty());
    robot.interact(() -> window.documents().save());
    assertThat(store().pending()).isEmpty();
    assertThat(Files.list(folder.resolve("recovery")).toList()).isEmpty();
  }

  @Test
  void leavingTheWindowWritesACopyAtOnce(FxRobot robot) throws Exception {
    openOnFile(robot);
    robot.interact(() -> {
      recovery.autosave().stop();
      window.documents().document().execute(AddNote.append(Block.CHANNELS,
          Note.of("n9", "Podcasts")));
      recovery.autosave().writeNow();
    });
    assertThat(store().pending()).hasSize(1);
  }

  @Test
  void aFileChangedElsewhereCanBeReloaded(FxRobot robot) throws Exception {
    openOnFile(robot);
    Canvas theirs = ON_DISK.withNotes(Block.KEY_PARTNERS, List.of(Note.of("p1", "Banks")));
    writeElsewhere(theirs);
    waitFor(() -> recovery.externalChangeBar().showing());
    robot.interact(() -> recovery.externalChangeBar().chooseReload());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(canvas()).isEqualTo(theirs);
    assertThat(recovery.externalChangeBar().showing()).isFalse();
  }

  @Test
  void keepingMineLeavesTheCanvasAndSavingOverAsksFirst(FxRobot robot) throws Exception {
    openOnFile(robot);
    addChannel(robot, "Word of mouth");
    Canvas mine = canvas();
    Canvas theirs = ON_DISK.withNotes(Block.KEY_PARTNERS, List.of(Note.of("p1", "Banks")));
    writeElsewhere(theirs);
    waitFor(() -> recovery.externalChangeBar().showing());
    robot.interact(() -> recovery.externalChangeBar().chooseKeep());
    assertThat(canvas()).isEqualTo(mine);

    writeElsewhere(ON_DISK.withNotes(Block.KEY_PARTNERS, List.of(Note.of("p2", "Notaries"))));
    prompts.overwriteAnswer = false;
    robot.interact(() -> window.documents().save());
    assertThat(prompts.overwriteAsked).containsExactly("plan");
    assertThat(CanvasFiles.load(file)).isNotEqualTo(mine);
    assertThat(window.documents().document().isUnsaved()).isTrue();

    prompts.overwriteAnswer = true;
    robot.interact(() -> window.documents().save());
    assertThat(prompts.overwriteAsked).hasSize(2);
    assertThat(CanvasFiles.load(file)).isEqualTo(mine);
    // Once saved, the file is ours again: the next save asks nothing.
    addChannel(robot, "Newsletters from the chamber");
    robot.interact(() -> window.documents().save());
    assertThat(prompts.overwriteAsked).hasSize(2);
  }

  @Test
  void anErrorOnTheUiThreadKeepsTheWorkWritesALogAndTheWindowGoesOn(FxRobot robot)
      throws Exception {
    openOnFile(robot);
    robot.interact(() -> recovery.autosave().stop());
    addChannel(robot, "Bloggers");
    Canvas edited = canvas();
    Platform.runLater(() -> {
      throw new IllegalStateException("a bug in a view");
    });
    waitFor(() -> !prompts.crashLogs.isEmpty());
    assertThat(prompts.crashWorkSafe).containsExactly(true);
    Path log = prompts.crashLogs.get(0);
    assertThat(log).startsWith(folder.resolve("logs"));
    assertThat(Files.readString(log)).contains("IllegalStateException: a bug in a view");
    assertThat(store().pending()).hasSize(1);
    assertThat(store().restore(store().pending().get(0)).canvas()).isEqualTo(edited);

    addChannel(robot, "Meet-ups in town");
    assertThat(canvas().notes(Block.CHANNELS)).hasSize(3);
    assertThat(window.stage().isShowing()).isTrue();
  }

  /** Writes the file as another program would, a second later as far as its clock goes. */
  private void writeElsewhere(Canvas canvas) throws IOException {
    Instant before = Files.getLastModifiedTime(file).toInstant();
    CanvasFiles.save(canvas, file);
    Files.setLastModifiedTime(file, FileTime.from(before.plusSeconds(1)));
    try (Stream<Path> s = Files.list(folder)) {
      s.filter(p -> p.toString().endsWith(".bak")).forEach(p -> p.toFile().delete());
    }
  }
}
