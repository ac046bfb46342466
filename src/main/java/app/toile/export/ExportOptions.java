package app.toile.export;

import app.toile.i18n.Texts;
import app.toile.model.Snapshot;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * How to export: the paper size, the language of every text the export adds, the parts it holds
 * besides the canvas page, the kind of document, and the resolution of an image.
 *
 * @param paper paper size (landscape), A4 when null
 * @param locale language, French or English (see {@link Texts#supported}); English when null
 * @param parts the parts to include; every part when null
 * @param mode working document or presentation; null for the format's own default ({@link
 *     ExportMode#defaultFor})
 * @param dpi resolution of a PNG in dots per inch; {@link PngExporter#DPI} when 0 or less (the
 *     exporter refuses one outside its bounds)
 * @param changesSince the version kept in the file whose changes a PDF page lists; null for none
 */
public record ExportOptions(Paper paper, Locale locale, Set<ExportPart> parts, ExportMode mode,
    int dpi, Snapshot changesSince) {

  public ExportOptions {
    paper = paper == null ? Paper.A4 : paper;
    locale = Texts.supported(locale);
    parts = Collections.unmodifiableSet(parts == null ? ExportPart.all()
        : parts.isEmpty() ? EnumSet.noneOf(ExportPart.class) : EnumSet.copyOf(parts));
    dpi = dpi <= 0 ? PngExporter.DPI : dpi;
  }

  /** Some parts, on a paper, in a language, in a mode, an image at the default resolution. */
  public ExportOptions(Paper paper, Locale locale, Set<ExportPart> parts, ExportMode mode) {
    this(paper, locale, parts, mode, 0, null);
  }

  /** Some parts, on a paper, in a language, in the format's own mode. */
  public ExportOptions(Paper paper, Locale locale, Set<ExportPart> parts) {
    this(paper, locale, parts, null, 0, null);
  }

  /** Every part, on a paper, in a language, in the format's own mode. */
  public ExportOptions(Paper paper, Locale locale) {
    this(paper, locale, null, null, 0, null);
  }

  /** Whether the export holds a part. */
  public boolean includes(ExportPart part) {
    return parts.contains(part);
  }

  /** The same options in another mode. */
  public ExportOptions withMode(ExportMode m) {
    return new ExportOptions(paper, locale, parts, m, dpi, changesSince);
  }

  /** The same options with an image's resolution. */
  public ExportOptions withDpi(int newDpi) {
    return new ExportOptions(paper, locale, parts, mode, newDpi, changesSince);
  }

  /** The same options with a PDF page of the changes since a version. */
  public ExportOptions withChangesSince(Snapshot v) {
    return new ExportOptions(paper, locale, parts, mode, dpi, v);
  }

  /** The mode, or {@code otherwise} when none was chosen. */
  public ExportMode modeOr(ExportMode otherwise) {
    return mode == null ? otherwise : mode;
  }

  /** Whether this export is a presentation, the format's default deciding when none was chosen. */
  public boolean presents(ExportFormat format) {
    return modeOr(ExportMode.defaultFor(format)) == ExportMode.PRESENTATION;
  }

  /** A4 in the given language. */
  public static ExportOptions of(Locale locale) {
    return new ExportOptions(Paper.A4, locale);
  }
}
