package app.toile.export;

import app.toile.i18n.Texts;
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
 */
public record ExportOptions(Paper paper, Locale locale, Set<ExportPart> parts) {

  public ExportOptions {
    paper = paper == null ? Paper.A4 : paper;
    locale = Texts.supported(locale);
    parts = Collections.unmodifiableSet(parts == null ? ExportPart.all()
        : parts.isEmpty() ? EnumSet.noneOf(ExportPart.class) : EnumSet.copyOf(parts));
  }

  /** Every part, on a paper, in a language. */
  public ExportOptions(Paper paper, Locale locale) {
    this(paper, locale, null);
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
