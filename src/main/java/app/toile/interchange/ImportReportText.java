package app.toile.interchange;

import app.toile.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report of an import in words, English or French: what was read, then each thing kept in
 * the free notes and each thing dropped with its reason, one line each, naming the file and the
 * line where the format has lines ({@code notes.md:41: dropped: the picture “logo.png”…}).
 */
public final class ImportReportText {
  /** Every key of the {@code messages} bundle the report uses. */
  public static final List<String> MESSAGE_KEYS = keys();

  private final Texts texts;

  /** The report's words in a language. */
  public ImportReportText(Locale locale) {
    this.texts = Texts.of("messages", locale);
  }

  /** Every line of the report: what was read, what was kept, what was dropped, the total. */
  public List<String> lines(ImportReport r) {
    List<String> lines = new ArrayList<>();
    lines.add(read(r));
    for (Kept k : r.kept()) {
      lines.add(texts.get("import.kept", where(r, k.line()), quoted(k.what())));
    }
    for (Dropped d : r.dropped()) {
      lines.add(texts.get("import.dropped", where(r, d.line()), reason(d)));
    }
    lines.add(total(r));
    return lines;
  }

  /** What was read, in one line. */
  public String read(ImportReport r) {
    return texts.get("import.line", r.source(), texts.get("import.read", r.notes(), r.blocks(),
        r.segments(), r.links(), r.headerFields()));
  }

  /** Why one thing was dropped, without the file: {@code the picture “logo.png”: a note…}. */
  public String reason(Dropped d) {
    return texts.get(d.reason().messageKey(), quoted(d.what()));
  }

  /** Where one thing was, as {@code FILE:LINE} or {@code FILE}. */
  public String where(ImportReport r, int line) {
    return line > 0 ? r.source() + ":" + line : r.source();
  }

  /** How many things were dropped, or that nothing was. */
  public String total(ImportReport r) {
    return r.complete() ? texts.get("import.complete")
        : texts.get("import.droppedCount", r.dropped().size());
  }

  private static List<String> keys() {
    List<String> keys = new ArrayList<>(List.of("import.line", "import.read", "import.kept", "import.dropped",
        "import.complete", "import.droppedCount"));
    for (DropReason r : DropReason.values()) {
      keys.add(r.messageKey());
    }
    return List.copyOf(keys);
  }

  private String quoted(String what) {
    return texts.get("quoted", what);
  }
}
