package app.toile.model;

/**
 * The market the business model addresses.
 *
 * @param domain professional only, or general public; null when unset
 * @param target the target profile
 * @param extras fields from a newer Toile, kept as they were
 */
public record Market(MarketDomain domain, TargetProfile target, Extras extras) {

  public static final Market EMPTY = new Market(null, TargetProfile.EMPTY, Extras.NONE);

  public Market {
    target = target == null ? TargetProfile.EMPTY : target;
    extras = extras == null ? Extras.NONE : extras;
  }

  public Market withDomain(MarketDomain v) {
    return new Market(v, target, extras);
  }

  public Market withTarget(TargetProfile v) {
    return new Market(domain, v, extras);
  }
}
