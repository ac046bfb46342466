package app.toile.session;

import app.toile.export.ExportMode;
import app.toile.export.ExportOptions;
import app.toile.export.ExportPart;
import app.toile.export.Paper;
import app.toile.interchange.InterchangeOptions;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the user chose for an export: the format, the paper, the language of the texts the
 * export adds, the parts besides the canvas page, the byte-order mark of CSV files, the file
 * to write, and the kind of document (working or presentation). Paper and parts matter to the documents only; the open formats take the language
 * (block names and headings) and, for CSV, the byte-order mark.
 *
 * @param format PDF, PNG, PowerPoint, Markdown, JSON Canvas or CSV
 * @param paper the paper of a PDF (and of the page a PNG shows); a deck is always 16:9
 * @param language the language of the texts the export adds
 * @param parts the parts to include besides the canvas page
 * @param byteOrderMark whether CSV files start with a UTF-8 byte-order mark, for spreadsheets
 * @param target the file to write, or null while none is chosen
 * @param mode a working document or a presentation; the format's own default when null
 */
public record ExportChoices(ExportKind format, Paper paper, Locale language,
    Set<ExportPart> parts, boolean byteOrderMark, Path target, ExportMode mode) {

  /** The choices in the format's own mode. */
  public ExportChoices(ExportKind format, Paper paper, Locale language, Set<ExportPart> parts,
      boolean byteOrderMark, Path target) {
    this(format, paper, language, parts, byteOrderMark, target, null);
  }

  public ExportChoices {
    format = format == null ? ExportKind.PDF : format;
    paper = paper == null ? Paper.A4 : paper;
    language = language == null ? Locale.ENGLISH : language;
    parts = Collections.unmodifiableSet(parts == null ? ExportPart.all()
        : parts.isEmpty() ? EnumSet.noneOf(ExportPart.class) : EnumSet.copyOf(parts));
    mode = mode == null ? defaultMode(format) : mode;
  }

  /** The mode a format gets unless the user chose one: a deck presents, the rest are worked on. */
  public static ExportMode defaultMode(ExportKind format) {
    return format.document() == null ? ExportMode.WORKING
        : ExportMode.defaultFor(format.document());
  }

  /** The options the document exporters take. */
  public ExportOptions options() {
    return new ExportOptions(paper, language, parts, mode);
  }

  /** The options the open formats' writer takes. */
  public InterchangeOptions interchangeOptions() {
    return new InterchangeOptions(language, byteOrderMark);
  }

  /**
   * The same choices in another format; a mode left at the old format's default follows to the
   * new one's, a mode the user chose stays.
   */
  public ExportChoices withFormat(ExportKind f) {
    return new ExportChoices(f, paper, language, parts, byteOrderMark, retarget(target, f),
        followMode(mode, format, f));
  }

  /** The mode after a change of format: the new default unless the user chose another. */
  public static ExportMode followMode(ExportMode mode, ExportKind from, ExportKind to) {
    return mode == defaultMode(from) ? defaultMode(to) : mode;
  }

  public ExportChoices withPaper(Paper p) {
    return new ExportChoices(format, p, language, parts, byteOrderMark, target, mode);
  }

  public ExportChoices withLanguage(Locale l) {
    return new ExportChoices(format, paper, l, parts, byteOrderMark, target, mode);
  }

  public ExportChoices withByteOrderMark(boolean mark) {
    return new ExportChoices(format, paper, language, parts, mark, target, mode);
  }

  public ExportChoices withMode(ExportMode m) {
    return new ExportChoices(format, paper, language, parts, byteOrderMark, target, m);
  }

  /** The same choices with one part in or out. */
  public ExportChoices withPart(ExportPart part, boolean included) {
    EnumSet<ExportPart> set = parts.isEmpty() ? EnumSet.noneOf(ExportPart.class)
        : EnumSet.copyOf(parts);
    if (included) {
      set.add(part);
    } else {
      set.remove(part);
    }
    return new ExportChoices(format, paper, language, set, byteOrderMark, target, mode);
  }

  /** The same choices writing another file; its extension sets the format when it names one. */
  public ExportChoices withTarget(Path t) {
    ExportKind named = t == null ? null : ExportKind.ofFile(t);
    ExportKind f = named == null ? format : named;
    return new ExportChoices(f, paper, language, parts, byteOrderMark, retarget(t, f),
        followMode(mode, format, f));
  }

  /** The file with the format's extension, replacing another format's or adding it. */
  static Path retarget(Path file, ExportKind format) {
    if (file == null || file.getFileName() == null) {
      return file;
    }
    String name = file.getFileName().toString();
    ExportKind had = ExportKind.ofFile(file);
    if (had == format) {
      return file;
    }
    String base = had == null ? name : name.substring(0, name.lastIndexOf('.'));
    return file.resolveSibling(base + "." + format.extension());
  }
}
