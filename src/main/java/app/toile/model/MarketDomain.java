package app.toile.model;

/** Who the market is made of: professionals only, or the general public (professionals included). */
public enum MarketDomain {
  PROFESSIONAL,
  GENERAL_PUBLIC
}
