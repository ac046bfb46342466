package app.toile.model;

import java.time.LocalDate;

/**
 * The canvas header. Every field may be null (unset).
 *
 * @param title title of the business model
 * @param designedFor the company or project
 * @param designedBy the author
 * @param date date of this version
 * @param version version label
 * @param extras fields from a newer Toile, kept as they were
 */
public record Header(
    String title, String designedFor, String designedBy, LocalDate date, String version, Extras extras) {

  public static final Header EMPTY = new Header(null, null, null, null, null, Extras.NONE);

  public Header {
    extras = extras == null ? Extras.NONE : extras;
  }

  public Header withTitle(String v) {
    return new Header(v, designedFor, designedBy, date, version, extras);
  }

  public Header withDesignedFor(String v) {
    return new Header(title, v, designedBy, date, version, extras);
  }

  public Header withDesignedBy(String v) {
    return new Header(title, designedFor, v, date, version, extras);
  }

  public Header withDate(LocalDate v) {
    return new Header(title, designedFor, designedBy, v, version, extras);
  }

  public Header withVersion(String v) {
    return new Header(title, designedFor, designedBy, date, v, extras);
  }
}
