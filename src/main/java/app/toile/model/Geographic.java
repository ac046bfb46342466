package app.toile.model;

/**
 * The geographic basis (reach) of a segment's profile. Every field may be null (unset).
 *
 * @param country country
 * @param region region
 * @param city city
 * @param areaType urban, rural or both
 * @param extras fields from a newer Toile, kept as they were
 */
public record Geographic(String country, String region, String city, AreaType areaType, Extras extras) {

  public static final Geographic EMPTY = new Geographic(null, null, null, null, Extras.NONE);

  public Geographic {
    extras = extras == null ? Extras.NONE : extras;
  }

  public Geographic withCountry(String v) {
    return new Geographic(v, region, city, areaType, extras);
  }

  public Geographic withRegion(String v) {
    return new Geographic(country, v, city, areaType, extras);
  }

  public Geographic withCity(String v) {
    return new Geographic(country, region, v, areaType, extras);
  }

  public Geographic withAreaType(AreaType v) {
    return new Geographic(country, region, city, v, extras);
  }
}
