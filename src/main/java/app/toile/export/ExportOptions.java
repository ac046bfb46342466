package app.toile.export;

import app.toile.i18n.Texts;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * How to export: the paper size, the language of every text the export adds, the parts it holds
 * besides the canvas page, and the resolution of an image.
 *
 * @param paper paper size (landscape), A4 when null
 * @param locale language, French or English (see {@link Texts#supported}); English when null
 * @param parts the parts to include; every part when null
 * @param dpi resolution of a PNG in dots per inch; {@link PngExporter#DPI} when 0 or less (the
 *     exporter refuses one outside its bounds)
 */
public record ExportOptions(Paper paper, Locale locale, Set<ExportPart> parts, int dpi) {

  public ExportOptions {
    paper = paper == null ? Paper.A4 : paper;
    locale = Texts.supported(locale);
    parts = Collections.unmodifiableSet(parts == null ? ExportPart.all()
        : parts.isEmpty() ? EnumSet.noneOf(ExportPart.class) : EnumSet.copyOf(parts));
    dpi = dpi <= 0 ? PngExporter.DPI : dpi;
  }

  /** The parts on a paper, in a language, an image at the default resolution. */
  public ExportOptions(Paper paper, Locale locale, Set<ExportPart> parts) {
    this(paper, locale, parts, 0);
  }

  /** Every part, on a paper, in a language. */
  public ExportOptions(Paper paper, Locale locale) {
    this(paper, locale, null);
  }

  /** Whether the export holds a part. */
  public boolean includes(ExportPart part) {
    return parts.contains(part);
  }

  /** The same options with an image's resolution. */
  public ExportOptions withDpi(int newDpi) {
    return new ExportOptions(paper, locale, parts, newDpi);
  }

  /** A4 in the given language. */
  public static ExportOptions of(Locale locale) {
    return new ExportOptions(Paper.A4, locale);
  }
}
