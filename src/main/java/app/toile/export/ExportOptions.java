package app.toile.export;

import app.toile.i18n.Texts;
import java.util.Locale;

/**
 * How to export: the paper size and the language of every text the export adds.
 *
 * @param paper paper size (landscape), A4 when null
 * @param locale language, French or English (see {@link Texts#supported}); English when null
 */
public record ExportOptions(Paper paper, Locale locale) {

  public ExportOptions {
    paper = paper == null ? Paper.A4 : paper;
    locale = Texts.supported(locale);
  }

  /** A4 in the given language. */
  public static ExportOptions of(Locale locale) {
    return new ExportOptions(Paper.A4, locale);
  }
}
