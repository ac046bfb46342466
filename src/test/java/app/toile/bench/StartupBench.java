package app.toile.bench;

import app.toile.ui.FirstFrameProbe;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Start-up to the first frame: the editor opening a sample against the bare JavaFX window, each
 * in a fresh JVM with the same class path and flags, timed from the launch to the moment the
 * program reports its first frame (see {@link FirstFrameProbe}).
 *
 * <p>Both programs use application class-data sharing, as {@code bin/toile} does: one training
 * run each dumps the classes it loaded to an archive ({@code -XX:ArchiveClassesAtExit}), and the
 * measured runs map that archive instead of loading and verifying those classes again. The JVM
 * archives classes from jars only (a folder on the class path makes the dump fail, silently after
 * the program's report), so the build's class folders are packed into jars first, and both
 * programs run from that same class path.
 */
final class StartupBench {
  private static final String MEASURE = "start-up to the first frame with a sample open (Xvfb)";
  private static final String FLOOR = "a bare JavaFX window with one label, same JVM and flags";
  private static final double TARGET = 1.3;
  private static final String REFERENCE = "reference: a window of standard controls alone ("
      + ControlsWindow.MENUS + " menus, a toolbar of " + ControlsWindow.BUTTONS + " buttons, "
      + ControlsWindow.FIELDS + " labelled text fields, default styles, no data)";

  private StartupBench() {}

  /**
   * The start-up row, then a reference row: the window of standard controls alone ({@link
   * ControlsWindow}) against the same bare window, launched the same way, in turns of its own.
   */
  static List<Row> rows(Path sample, Path home, int warmUps, int runs) throws Exception {
    Optional<XDisplay> display = XDisplay.open();
    if (display.isEmpty()) {
      return List.of(Row.skipped(MEASURE, FLOOR, TARGET, "no display"));
    }
    try (XDisplay x = display.get()) {
      String classPath = ArchivableClassPath.of(System.getProperty("java.class.path"),
          home.resolve("classpath"));
      String[] editor = {"app.toile.Launcher", sample.toString()};
      String[] bare = {BareWindow.class.getName()};
      String[] controls = {ControlsWindow.class.getName()};
      Path editorArchive = home.resolve("editor.jsa");
      Path bareArchive = home.resolve("bare.jsa");
      Path controlsArchive = home.resolve("controls.jsa");
      Files.deleteIfExists(editorArchive);
      Files.deleteIfExists(bareArchive);
      Files.deleteIfExists(controlsArchive);
      launch(x, flags(home, classPath, "-XX:ArchiveClassesAtExit=" + editorArchive), editor);
      launch(x, flags(home, classPath, "-XX:ArchiveClassesAtExit=" + bareArchive), bare);
      launch(x, flags(home, classPath, "-XX:ArchiveClassesAtExit=" + controlsArchive), controls);
      ArchivableClassPath.requireArchives(editorArchive, bareArchive, controlsArchive);
      Interleaved.Work bareRun = () -> launch(x,
          flags(home, classPath, "-XX:SharedArchiveFile=" + bareArchive), bare);
      Interleaved.Medians medians = Interleaved.launches(warmUps, runs,
          () -> launch(x, flags(home, classPath, "-XX:SharedArchiveFile=" + editorArchive),
              editor), bareRun);
      Interleaved.Medians reference = Interleaved.launches(warmUps, runs,
          () -> launch(x, flags(home, classPath, "-XX:SharedArchiveFile=" + controlsArchive),
              controls), bareRun);
      return List.of(Row.timed(MEASURE, FLOOR, medians, TARGET),
          Row.reference(REFERENCE, FLOOR, reference));
    } catch (NoFrameException e) {
      return List.of(Row.skipped(MEASURE, FLOOR, TARGET, e.getMessage()));
    }
  }

  /** The same JVM and flags for both; settings and recovery files go to a scratch home. */
  private static List<String> flags(Path home, String classPath, String archive) {
    List<String> flags = new ArrayList<>();
    flags.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    flags.add(archive);
    flags.add("-cp");
    flags.add(classPath);
    flags.add("-Dprism.order=sw");
    flags.add("-D" + FirstFrameProbe.PROPERTY + "=true");
    flags.add("-Duser.home=" + home);
    flags.add("-Djava.util.prefs.userRoot=" + home.resolve("prefs"));
    return flags;
  }

  /** Starts one program and waits for its first frame; returns its output's last line. */
  static String launch(XDisplay display, List<String> flags, String... mainAndArgs)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(flags);
    command.addAll(List.of(mainAndArgs));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("DISPLAY", display.name());
    Process process = builder.start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("first-frame ")) {
          return line;
        }
        output.append(line).append('\n');
      }
    } finally {
      // The program halts right after its report; a training run then writes its archive.
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    throw new NoFrameException(mainAndArgs[0] + " showed no frame: " + output.toString().strip()
        .lines().reduce((a, b) -> b).orElse("no output"));
  }

  /** A program ended without a frame (no GTK, say): the row is skipped with the reason. */
  static final class NoFrameException extends IOException {
    private static final long serialVersionUID = 1L;

    NoFrameException(String message) {
      super(message);
    }
  }
}
