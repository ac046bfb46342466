package app.toile.interchange;

import app.toile.i18n.Texts;
import app.toile.io.CanvasFileException;
import app.toile.model.Block;
import app.toile.model.CustomerSegment;
import app.toile.model.NoteColour;
import app.toile.validation.TextKey;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a canvas from a notes table as {@link CsvExport} writes it: a header row naming the
 * columns {@code block} and {@code text} (and {@code colour}, {@code segments} if it has them), in
 * any order, then a note per row. A segment named in the segments column becomes a segment of
 * that name. A spreadsheet's semicolon-separated table is read too.
 */
final class CsvImport {
  private static final Map<String, String> COLUMNS = columns();

  private final CanvasDraft draft = new CanvasDraft();
  private final Map<String, CustomerSegment> segmentsByName = new HashMap<>();
  private final String file;

  private CsvImport(String file) {
    this.file = file;
  }

  static ImportResult read(byte[] bytes, String sourceName) {
    String text = Utf8Text.decode(bytes, sourceName);
    if (text.isBlank()) {
      throw new CanvasFileException(sourceName, "the file is empty: it holds no notes table", null);
    }
    CsvImport reader = new CsvImport(sourceName);
    reader.rows(text);
    return reader.draft.result(sourceName, InterchangeFormat.CSV);
  }

  private void rows(String text) {
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter)
        .setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
        .setFormat(format).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      Map<String, Integer> at = header(records.next());
      long line = parser.getCurrentLineNumber();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        row(record, at, (int) line + 1);
        line = parser.getCurrentLineNumber();
      }
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      throw new CanvasFileException(file, reason(e), e);
    } catch (IOException e) {
      throw new CanvasFileException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  /** The header's known columns, by name; an unknown column is reported once. */
  private Map<String, Integer> header(CSVRecord header) {
    Map<String, Integer> at = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      names.add(name);
      String column = COLUMNS.get(BlockNames.key(name));
      if (column == null || at.containsKey(column)) {
        if (!name.isBlank()) {
          draft.drop(1, DropReason.UNKNOWN_COLUMN, name);
        }
      } else {
        at.put(column, i);
      }
    }
    if (!at.containsKey("block") || !at.containsKey("text")) {
      boolean segments = names.stream().anyMatch(n -> BlockNames.key(n).equals("need"));
      throw new CanvasFileException(file, 1, 1, segments
          ? "this is a segments table: import the notes table, which names each note's block"
          : "the first row must name the columns block and text (found "
              + CanvasDraft.shorten(String.join(", ", names)) + ")");
    }
    return at;
  }

  private void row(CSVRecord record, Map<String, Integer> at, int line) {
    String blockName = cell(record, at, "block");
    String text = cell(record, at, "text");
    Block block = BlockNames.find(blockName);
    if (block == null) {
      draft.drop(line, DropReason.UNKNOWN_BLOCK, blockName + ", " + text);
      return;
    }
    if (block == Block.CUSTOMER_SEGMENTS) {
      draft.drop(line, DropReason.SEGMENT_ROW, text);
      return;
    }
    String colourCell = cell(record, at, "colour");
    NoteColour colour = colour(colourCell);
    if (colour == null && !colourCell.isBlank()) {
      draft.drop(line, DropReason.BAD_COLOUR, colourCell);
    }
    List<String> ids = new ArrayList<>();
    for (String name : cell(record, at, "segments").split(";")) {
      if (!name.isBlank()) {
        String id = segment(name.strip()).id();
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
    }
    draft.note(block, text, colour, ids);
  }

  private CustomerSegment segment(String name) {
    return segmentsByName.computeIfAbsent(TextKey.of(name), k -> draft.segment(name));
  }

  private static String cell(CSVRecord record, Map<String, Integer> at, String column) {
    Integer i = at.get(column);
    return i == null || i >= record.size() ? "" : record.get(i);
  }

  /** A note colour by its name in English or French, its constant or its fill. */
  static NoteColour colour(String text) {
    String k = BlockNames.key(text);
    for (NoteColour c : NoteColour.values()) {
      if (k.equals(BlockNames.key(c.name())) || text.strip().equalsIgnoreCase(c.hex())) {
        return c;
      }
      for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
        if (k.equals(BlockNames.key(Texts.labels(l).of("noteColour", c)))) {
          return c;
        }
      }
    }
    return null;
  }

  private static String reason(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof UncheckedIOException u && u.getCause() != null) {
      message = u.getCause().getMessage();
    }
    return "not a CSV table: " + message.replaceAll("^IOException reading next record: ", "")
        .replaceAll("java\\.io\\.IOException: ", "");
  }

  private static Map<String, String> columns() {
    Map<String, String> map = new HashMap<>();
    for (String s : List.of("block", "bloc")) {
      map.put(s, "block");
    }
    for (String s : List.of("text", "texte", "note")) {
      map.put(s, "text");
    }
    for (String s : List.of("colour", "color", "couleur")) {
      map.put(s, "colour");
    }
    for (String s : List.of("segments", "segment")) {
      map.put(s, "segments");
    }
    return map;
  }
}
