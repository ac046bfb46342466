package app.toile.model;

/**
 * The conquest checklist of a segment: whether product-market fit and retention are reached,
 * and a short plan or metric for each of the four levers. Every field may be null (unset).
 *
 * @param productMarketFit product-market fit reached
 * @param retentionWorked retention worked on
 * @param acquisition plan for acquisition
 * @param conversion plan for conversion
 * @param retention plan for retention
 * @param loyalty plan for loyalty
 * @param extras fields from a newer Toile, kept as they were
 */
public record Conquest(
    Boolean productMarketFit,
    Boolean retentionWorked,
    String acquisition,
    String conversion,
    String retention,
    String loyalty,
    Extras extras) {

  public static final Conquest EMPTY = new Conquest(null, null, null, null, null, null, Extras.NONE);

  public Conquest {
    extras = extras == null ? Extras.NONE : extras;
  }

  /** The plan of one lever, or null. */
  public String plan(Lever lever) {
    return switch (lever) {
      case ACQUISITION -> acquisition;
      case CONVERSION -> conversion;
      case RETENTION -> retention;
      case LOYALTY -> loyalty;
    };
  }

  /** A copy with one lever's plan replaced. */
  public Conquest withPlan(Lever lever, String v) {
    return new Conquest(productMarketFit, retentionWorked,
        lever == Lever.ACQUISITION ? v : acquisition,
        lever == Lever.CONVERSION ? v : conversion,
        lever == Lever.RETENTION ? v : retention,
        lever == Lever.LOYALTY ? v : loyalty,
        extras);
  }

  public Conquest withProductMarketFit(Boolean v) {
    return new Conquest(v, retentionWorked, acquisition, conversion, retention, loyalty, extras);
  }

  public Conquest withRetentionWorked(Boolean v) {
    return new Conquest(productMarketFit, v, acquisition, conversion, retention, loyalty, extras);
  }

  /** The four levers of a conquest. */
  public enum Lever {
    ACQUISITION("acquisition"),
    CONVERSION("conversion"),
    RETENTION("retention"),
    LOYALTY("loyalty");

    private final String key;

    Lever(String key) {
      this.key = key;
    }

    /** The field name in files and finding paths. */
    public String key() {
      return key;
    }
  }
}
