package app.toile.bench;

import app.toile.ui.FirstFrameProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Start-up as a founder meets it: the installed app on its own runtime and its AOT cache
 * ({@code ./mvnw -Ppackage package} builds them in {@code target/package/image}), against a bare
 * JavaFX window on the same runtime with an AOT cache of its own, recorded the same way. Each
 * launch runs the image's runtime with the options its launcher passes, read from the launcher's
 * configuration ({@code lib/app/toile.cfg}): a cache used with other module options than those it
 * was made with loses most of its gain without a word, and the row would not measure what a
 * founder gets.
 */
final class PackagedStartupBench {
  private static final String MEASURE = "start-up of the packaged app, first frame with a sample "
      + "open (its runtime and AOT cache, Xvfb)";
  private static final String FLOOR = "a bare JavaFX window on the same runtime, its own AOT cache";
  private static final double TARGET = 2.0;

  private PackagedStartupBench() {}

  static Row row(Path image, Path sample, Path home, int warmUps, int runs) throws Exception {
    Path java = image.resolve("lib/runtime/bin/java");
    Path app = image.resolve("lib/app");
    if (!Files.isExecutable(java) || !Files.exists(app.resolve("toile.aot"))) {
      return Row.skipped(MEASURE, FLOOR, TARGET,
          "no packaged app with an AOT cache: ./mvnw -Ppackage package");
    }
    Optional<XDisplay> display = XDisplay.open();
    if (display.isEmpty()) {
      return Row.skipped(MEASURE, FLOOR, TARGET, "no display");
    }
    try (XDisplay x = display.get()) {
      String barePath = ArchivableClassPath.of(System.getProperty("java.class.path"),
          home.resolve("classpath"));
      Path config = home.resolve("bare.aotconf");
      Path cache = home.resolve("bare.aot");
      Files.deleteIfExists(config);
      Files.deleteIfExists(cache);
      String bare = BareWindow.class.getName();
      List<String> launcher = launcherOptions(app);
      StartupBench.launch(x, flags(java, launcher, home, barePath, "-XX:AOTMode=record",
          "-XX:AOTConfiguration=" + config), bare);
      List<String> createCommand = new ArrayList<>(List.of(java.toString()));
      createCommand.addAll(launcher);
      createCommand.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + config,
          "-XX:AOTCache=" + cache, "-cp", barePath));
      Process create = new ProcessBuilder(createCommand).redirectErrorStream(true)
          .redirectOutput(home.resolve("bare-aot.log").toFile()).start();
      if (create.waitFor() != 0 || !Files.exists(cache)) {
        return Row.skipped(MEASURE, FLOOR, TARGET, "the bare window's AOT cache was not made");
      }
      String appJar = app.resolve("toile-all.jar").toString();
      Interleaved.Medians medians = Interleaved.launches(warmUps, runs,
          () -> StartupBench.launch(x, flags(java, launcher, home, appJar,
              "-XX:AOTCache=" + app.resolve("toile.aot")), "app.toile.Launcher", sample.toString()),
          () -> StartupBench.launch(x, flags(java, launcher, home, barePath,
              "-XX:AOTCache=" + cache), bare));
      return Row.timed(MEASURE, FLOOR, medians, TARGET);
    } catch (StartupBench.NoFrameException e) {
      return Row.skipped(MEASURE, FLOOR, TARGET, e.getMessage());
    }
  }

  /** The Java options the packaged launcher passes, less its AOT cache. */
  static List<String> launcherOptions(Path app) throws IOException {
    String prefix = "java-options=";
    return Files.readAllLines(app.resolve("toile.cfg")).stream()
        .map(String::strip)
        .filter(line -> line.startsWith(prefix) && !line.contains("AOTCache"))
        .map(line -> line.substring(prefix.length()).replace("$APPDIR", app.toString()))
        .toList();
  }

  /** What the packaged launcher passes, and a scratch home for settings and recovery files. */
  private static List<String> flags(Path java, List<String> launcher, Path home, String classPath,
      String... aot) {
    List<String> flags = new ArrayList<>();
    flags.add(java.toString());
    flags.addAll(launcher);
    flags.addAll(List.of(aot));
    flags.addAll(List.of("-cp", classPath, "-Dprism.order=sw",
        "-D" + FirstFrameProbe.PROPERTY + "=true",
        "-Duser.home=" + home, "-Djava.util.prefs.userRoot=" + home.resolve("prefs"),
        "-Dtoile.data.dir=" + home.resolve("data")));
    return flags;
  }
}
