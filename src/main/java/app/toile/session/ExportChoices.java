package app.toile.session;

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
 * export adds, the parts besides the canvas page, the byte-order mark of CSV files, and the file
 * to write. Paper and parts matter to the documents only; the open formats take the language
 * (block names and headings) and, for CSV, the byte-order mark.
 *
 * @param format PDF, PNG, PowerPoint, Markdown, JSON Canvas or CSV
 * @param paper the paper of a PDF (and of the page a PNG shows); a deck is always 16:9
 * @param language the language of the texts the export adds
 * @param parts the parts to include besides the canvas page
 * @param byteOrderMark whether CSV files start with a UTF-8 byte-order mark, for spreadsheets
 * @param target the file to write, or null while none is chosen
 */
public record ExportChoices(ExportKind format, Paper paper, Locale language,
    Set<ExportPart> parts, boolean byteOrderMark, Path target) {

  public ExportChoices {
    format = format == null ? ExportKind.PDF : format;
    paper = paper == null ? Paper.A4 : paper;
    language = language == null ? Locale.ENGLISH : language;
    parts = Collections.unmodifiableSet(parts == null ? ExportPart.all()
        : parts.isEmpty() ? EnumSet.noneOf(ExportPart.class) : EnumSet.copyOf(parts));
  }

  /** The options the document exporters take. */
  public ExportOptions options() {
    return new ExportOptions(paper, language, parts);
  }

  /** The options the open formats' writer takes. */
  public InterchangeOptions interchangeOptions() {
    return new InterchangeOptions(language, byteOrderMark);
  }

  public ExportChoices withFormat(ExportKind f) {
    return new ExportChoices(f, paper, language, parts, byteOrderMark, retarget(target, f));
  }

  public ExportChoices withPaper(Paper p) {
    return new ExportChoices(format, p, language, parts, byteOrderMark, target);
  }

  public ExportChoices withLanguage(Locale l) {
    return new ExportChoices(format, paper, l, parts, byteOrderMark, target);
  }

  public ExportChoices withByteOrderMark(boolean mark) {
    return new ExportChoices(format, paper, language, parts, mark, target);
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
    return new ExportChoices(format, paper, language, set, byteOrderMark, target);
  }

  /** The same choices writing another file; its extension sets the format when it names one. */
  public ExportChoices withTarget(Path t) {
    ExportKind named = t == null ? null : ExportKind.ofFile(t);
    ExportKind f = named == null ? format : named;
    return new ExportChoices(f, paper, language, parts, byteOrderMark, retarget(t, f));
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
