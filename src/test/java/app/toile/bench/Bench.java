package app.toile.bench;

import app.toile.generate.CanvasGenerator;
import app.toile.generate.GeneratorSettings;
import app.toile.io.CanvasFiles;
import app.toile.model.Canvas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The benchmark command ({@code ./mvnw -Pbench verify}): every figure is the median of several
 * runs after warm-up, set against a floor measured in the same run, and printed as one table with
 * the ratio, its target and a verdict. Ends with status 1 when a ratio misses its target.
 *
 * <p>Arguments: the scratch folder (generated canvases, saved files). System properties {@code
 * bench.runs} and {@code bench.warmups} change how many runs are measured and thrown away; {@code
 * bench.only} (a comma-separated list of {@code open, save, validate, pdf, pdf-note, heap,
 * startup, startup-packaged}) runs only those rows, to iterate on one of them in a minute.
 */
public final class Bench {
  private static final long SEED = 9;
  /** The rows, by the names {@code bench.only} takes, in the table's order. */
  private static final Set<String> ROWS =
      new LinkedHashSet<>(
          List.of("open", "save", "validate", "pdf", "pdf-note", "heap", "startup", "startup-packaged"));
  /** Characters of the note in the {@code pdf-note} row: a megabyte of text. */
  private static final int LONG_NOTE = 1_000_000;

  private Bench() {}

  public static void main(String[] args) throws Exception {
    Path scratch = Path.of(args.length > 0 ? args[0] : "target/bench");
    Files.createDirectories(scratch);
    int runs = Integer.getInteger("bench.runs", 7);
    int warmUps = Integer.getInteger("bench.warmups", 3);
    Path samples = Path.of(System.getProperty("toile.samples.dir", "samples"));

    Set<String> only = only();
    Path sample = largestSample(samples);
    System.out.printf("Toile benchmarks, %d cores, %d MiB max heap, Java %s, %s%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"), Instant.now().truncatedTo(ChronoUnit.SECONDS));
    System.out.printf("median of %d runs after %d warm-up runs, measure and floor in turns%n%n",
        runs, warmUps);

    List<Row> rows = new ArrayList<>();
    // The generated canvases take a while to build: only the rows that use them pay for it.
    Path large = only.contains("open") || only.contains("save") || only.contains("heap")
        ? generated(scratch, 500, 10_000) : null;
    if (only.contains("open")) {
      rows.add(FileBench.open(large, warmUps, runs));
    }
    if (only.contains("save")) {
      rows.add(FileBench.save(large, scratch, warmUps, runs));
    }
    if (only.contains("validate")) {
      Canvas huge = CanvasGenerator.generate(new GeneratorSettings(5_000, 50_000, SEED, false));
      Canvas tenth = CanvasGenerator.generate(new GeneratorSettings(500, 5_000, SEED, false));
      rows.add(ValidateBench.row(huge, tenth, warmUps, runs));
    }
    if (only.contains("pdf")) {
      rows.add(PdfBench.row(CanvasFiles.load(sample), samples.relativize(sample).toString(),
          warmUps, runs));
    }
    if (only.contains("pdf-note")) {
      rows.add(PdfBench.longNote(LONG_NOTE, warmUps, runs));
    }
    if (only.contains("heap")) {
      rows.add(HeapBench.row(large, Math.max(runs, 5)));
    }
    if (only.contains("startup")) {
      rows.addAll(StartupBench.rows(sample, Files.createDirectories(scratch.resolve("home")), 1,
          Math.max(5, runs - 2)));
    }
    if (only.contains("startup-packaged")) {
      rows.add(PackagedStartupBench.row(Path.of(System.getProperty("bench.image",
          "target/package/image/toile")), sample,
          Files.createDirectories(scratch.resolve("packaged-home")), 1, Math.max(5, runs - 2)));
    }
    Table.print(rows, System.out);
    boolean missed = rows.stream().anyMatch(r -> !r.meets() && r.skipped() == null);
    System.exit(missed ? 1 : 0);
  }

  /** The rows asked for with {@code bench.only}, or all of them. */
  private static Set<String> only() {
    String asked = System.getProperty("bench.only", "").strip();
    if (asked.isEmpty()) {
      return ROWS;
    }
    Set<String> rows = new LinkedHashSet<>();
    for (String name : asked.split(",")) {
      String row = name.strip().toLowerCase(Locale.ROOT);
      if (!ROWS.contains(row)) {
        throw new IllegalArgumentException("bench.only: no row " + row + "; rows are " + ROWS);
      }
      rows.add(row);
    }
    return rows;
  }

  /** A canvas from the generator, saved as the editor would save it. */
  private static Path generated(Path scratch, int segments, int notes) {
    Path file = scratch.resolve("generated-" + segments + "-" + notes + ".toile.json");
    CanvasFiles.save(CanvasGenerator.generate(new GeneratorSettings(segments, notes, SEED, false)),
        file);
    return file;
  }

  private static Path largestSample(Path samples) throws IOException {
    try (Stream<Path> files = Files.walk(samples)) {
      return files.filter(p -> p.toString().endsWith(".toile.json"))
          .max(Comparator.comparingLong(Bench::size))
          .orElseThrow(() -> new IOException("no sample canvas under " + samples));
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }
}
