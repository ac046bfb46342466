package app.toile.export;

import app.toile.i18n.Texts;
import app.toile.model.Snapshot;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * How to export: the paper size, the language of every text the export adds, and the parts it
 * holds besides the canvas page.
 *
 * @param paper paper size (landscape), A4 when null
 * @param locale language, French or English (see {@link Texts#supported}); English when null
 * @param parts the parts to include; every part when null
 * @param changesSince the version kept in the file whose changes a PDF page lists; null for none
 */
public record ExportOptions(Paper paper, Locale locale, Set<ExportPart> parts,
    Snapshot changesSince) {

  public ExportOptions {
    paper = paper == null ? Paper.A4 : paper;
    locale = Texts.supported(locale);
    parts = Collections.unmodifiableSet(parts == null ? ExportPart.all()
        : parts.isEmpty() ? EnumSet.noneOf(ExportPart.class) : EnumSet.copyOf(parts));
  }

  /** These parts, on a paper, in a language, with no page of changes. */
  public ExportOptions(Paper paper, Locale locale, Set<ExportPart> parts) {
    this(paper, locale, parts, null);
  }

  /** Every part, on a paper, in a language. */
  public ExportOptions(Paper paper, Locale locale) {
    this(paper, locale, null, null);
  }

  /** The same options with a PDF page of the changes since a version. */
  public ExportOptions withChangesSince(Snapshot v) {
    return new ExportOptions(paper, locale, parts, v);
  }

  /** Whether the export holds a part. */
  public boolean includes(ExportPart part) {
    return parts.contains(part);
  }

  /** A4 in the given language. */
  public static ExportOptions of(Locale locale) {
    return new ExportOptions(Paper.A4, locale);
  }
}
