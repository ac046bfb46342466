package app.toile.bench;

import app.toile.ui.FirstFrameProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Start-up as a founder meets it: the installed app on its own runtime and its AOT cache
 * ({@code ./mvnw -Ppackage package} builds them in {@code target/package/image}), against a bare
 * JavaFX window on the same runtime with an AOT cache of its own, recorded the same way. Each
 * launch runs the image's runtime with the options its launcher passes.
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
      StartupBench.launch(x, flags(java, home, barePath, "-XX:AOTMode=record",
          "-XX:AOTConfiguration=" + config), bare);
      Process create = new ProcessBuilder(java.toString(), "-XX:AOTMode=create",
          "-XX:AOTConfiguration=" + config, "-XX:AOTCache=" + cache, "-Xlog:aot=off",
          "-Xlog:cds=off", "-cp", barePath).redirectErrorStream(true)
          .redirectOutput(home.resolve("bare-aot.log").toFile()).start();
      if (create.waitFor() != 0 || !Files.exists(cache)) {
        return Row.skipped(MEASURE, FLOOR, TARGET, "the bare window's AOT cache was not made");
      }
      String appJar = app.resolve("toile-all.jar").toString();
      Interleaved.Medians medians = Interleaved.launches(warmUps, runs,
          () -> StartupBench.launch(x, flags(java, home, appJar,
              "-XX:AOTCache=" + app.resolve("toile.aot")), "app.toile.Launcher", sample.toString()),
          () -> StartupBench.launch(x, flags(java, home, barePath, "-XX:AOTCache=" + cache), bare));
      return Row.timed(MEASURE, FLOOR, medians, TARGET);
    } catch (StartupBench.NoFrameException e) {
      return Row.skipped(MEASURE, FLOOR, TARGET, e.getMessage());
    }
  }

  /** What the packaged launcher passes, and a scratch home for settings and recovery files. */
  private static List<String> flags(Path java, Path home, String classPath, String... aot) {
    List<String> flags = new ArrayList<>();
    flags.add(java.toString());
    flags.addAll(List.of(aot));
    flags.addAll(List.of("-Xlog:aot=off", "-Xlog:cds=off", "--enable-native-access=ALL-UNNAMED",
        "-cp", classPath, "-Dprism.order=sw", "-D" + FirstFrameProbe.PROPERTY + "=true",
        "-Duser.home=" + home, "-Djava.util.prefs.userRoot=" + home.resolve("prefs"),
        "-Dtoile.data.dir=" + home.resolve("data")));
    return flags;
  }
}
