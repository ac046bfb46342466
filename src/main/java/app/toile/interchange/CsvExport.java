package app.toile.interchange;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A canvas as two CSV tables (RFC 4180: commas, CRLF, fields quoted when they need it, UTF-8):
 * the notes ({@code block, text, colour, segments}, one row per note) and the segments (every
 * field, one row per segment). One export to {@code NAME.csv} writes the notes there and the
 * segments to {@code NAME.segments.csv} beside it.
 */
final class CsvExport {
  /** The columns of the notes table. */
  static final List<String> NOTE_COLUMNS = List.of("block", "text", "colour", "segments");
  /** What separates the names of the segments a note serves. */
  static final String SEGMENT_SEPARATOR = "; ";

  private CsvExport() {}

  /** Where the segments table of an export to {@code target} goes. */
  static Path segmentsFile(Path target) {
    String name = target.getFileName() == null ? "canvas" : target.getFileName().toString();
    String base = name.toLowerCase(Locale.ROOT).endsWith(".csv")
        ? name.substring(0, name.length() - 4) : name;
    return target.resolveSibling(base + ".segments.csv");
  }

  static byte[] notes(Canvas canvas, InterchangeOptions options) {
    return table(options, NOTE_COLUMNS, printer -> {
      for (Block block : Block.noteBlocks()) {
        for (Note n : canvas.notes(block)) {
          List<String> names = new ArrayList<>();
          for (String id : n.segmentIds()) {
            canvas.segment(id).ifPresent(s -> names.add(s.name() == null ? "" : s.name()));
          }
          printer.printRecord(BlockNames.of(block, options.locale()), n.text(),
              n.colour() == null ? "" : n.colour().name().toLowerCase(Locale.ROOT),
              String.join(SEGMENT_SEPARATOR, names));
        }
      }
    });
  }

  static byte[] segments(Canvas canvas, InterchangeOptions options) {
    List<String> columns = new ArrayList<>();
    columns.add("id");
    SegmentValues.ALL.forEach(v -> columns.add(v.key()));
    return table(options, columns, printer -> {
      for (CustomerSegment s : canvas.segments()) {
        List<String> row = new ArrayList<>();
        row.add(s.id());
        for (SegmentValue v : SegmentValues.ALL) {
          row.add(v.format(v.get().apply(s), null));
        }
        printer.printRecord(row);
      }
    });
  }

  /** Rows printed under a header. */
  private interface Rows {
    void print(CSVPrinter printer) throws IOException;
  }

  private static byte[] table(InterchangeOptions options, List<String> columns, Rows rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      if (options.byteOrderMark()) {
        w.write('\uFEFF');
      }
      try (CSVPrinter printer = CSVFormat.RFC4180.builder()
          .setHeader(columns.toArray(String[]::new)).get().print(w)) {
        rows.print(printer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
