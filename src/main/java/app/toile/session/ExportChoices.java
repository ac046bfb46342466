package app.toile.session;

import app.toile.export.ExportFormat;
import app.toile.export.ExportOptions;
import app.toile.export.ExportPart;
import app.toile.export.Paper;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the user chose for an export: the format, the paper, the language of the texts the
 * export adds, the parts besides the canvas page, and the file to write.
 *
 * @param format PDF, PNG or PowerPoint
 * @param paper the paper of a PDF (and of the page a PNG shows); a deck is always 16:9
 * @param language the language of the texts the export adds
 * @param parts the parts to include besides the canvas page
 * @param target the file to write, or null while none is chosen
 */
public record ExportChoices(ExportFormat format, Paper paper, Locale language,
    Set<ExportPart> parts, Path target) {

  public ExportChoices {
    format = format == null ? ExportFormat.PDF : format;
    paper = paper == null ? Paper.A4 : paper;
    language = language == null ? Locale.ENGLISH : language;
    parts = Collections.unmodifiableSet(parts == null ? ExportPart.all()
        : parts.isEmpty() ? EnumSet.noneOf(ExportPart.class) : EnumSet.copyOf(parts));
  }

  /** The options the exporters take. */
  public ExportOptions options() {
    return new ExportOptions(paper, language, parts);
  }

  public ExportChoices withFormat(ExportFormat f) {
    return new ExportChoices(f, paper, language, parts, retarget(target, f));
  }

  public ExportChoices withPaper(Paper p) {
    return new ExportChoices(format, p, language, parts, target);
  }

  public ExportChoices withLanguage(Locale l) {
    return new ExportChoices(format, paper, l, parts, target);
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
    return new ExportChoices(format, paper, language, set, target);
  }

  /** The same choices writing another file; its extension sets the format when it names one. */
  public ExportChoices withTarget(Path t) {
    ExportFormat named = t == null ? null : ExportFormat.ofFile(t);
    return new ExportChoices(named == null ? format : named, paper, language, parts,
        retarget(t, named == null ? format : named));
  }

  /** The file with the format's extension, replacing another format's or adding it. */
  static Path retarget(Path file, ExportFormat format) {
    if (file == null || file.getFileName() == null) {
      return file;
    }
    String name = file.getFileName().toString();
    ExportFormat had = ExportFormat.ofFile(file);
    if (had == format) {
      return file;
    }
    String base = had == null ? name : name.substring(0, name.lastIndexOf('.'));
    return file.resolveSibling(base + "." + format.extension());
  }
}
