package app.toile.bench;

import java.io.PrintStream;
import java.util.List;

/** Prints the rows as one Markdown table, ready to paste into {@code docs/performance.md}. */
final class Table {
  private Table() {}

  static void print(List<Row> rows, PrintStream out) {
    out.println("| measure | median | floor measured in the same run | median | ratio | target | verdict |");
    out.println("|---|---:|---|---:|---:|---:|---|");
    for (Row row : rows) {
      out.println("| " + row.measure() + " | " + row.measured() + " | " + row.floor() + " | "
          + row.floorFigure() + " | " + row.ratioText() + " | " + row.targetText() + " | "
          + row.verdict() + " |");
    }
  }
}
