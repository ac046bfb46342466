package app.toile.model;

/**
 * The tests that make a segment separate from the others (besides its need, held on the segment).
 * Every field may be null (unset).
 *
 * @param channel the distribution channel that reaches it
 * @param relationship the type of relationship it expects
 * @param profitability its profitability for the business
 * @param paysForOwnVersion whether it would pay for its own version of the offer
 * @param extras fields from a newer Toile, kept as they were
 */
public record Distinctness(
    String channel, String relationship, Level profitability, Boolean paysForOwnVersion, Extras extras) {

  public static final Distinctness EMPTY = new Distinctness(null, null, null, null, Extras.NONE);

  public Distinctness {
    extras = extras == null ? Extras.NONE : extras;
  }

  public Distinctness withChannel(String v) {
    return new Distinctness(v, relationship, profitability, paysForOwnVersion, extras);
  }

  public Distinctness withRelationship(String v) {
    return new Distinctness(channel, v, profitability, paysForOwnVersion, extras);
  }

  public Distinctness withProfitability(Level v) {
    return new Distinctness(channel, relationship, v, paysForOwnVersion, extras);
  }

  public Distinctness withPaysForOwnVersion(Boolean v) {
    return new Distinctness(channel, relationship, profitability, v, extras);
  }
}
