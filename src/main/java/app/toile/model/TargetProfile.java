package app.toile.model;

/**
 * The target profile of the market as a whole. Every field may be null (unset).
 *
 * @param ageMin youngest age
 * @param ageMax oldest age
 * @param familySituation family situation
 * @param lifestyle lifestyle
 * @param financialMeans financial means
 * @param extras fields from a newer Toile, kept as they were
 */
public record TargetProfile(
    Integer ageMin,
    Integer ageMax,
    String familySituation,
    String lifestyle,
    String financialMeans,
    Extras extras) {

  public static final TargetProfile EMPTY =
      new TargetProfile(null, null, null, null, null, Extras.NONE);

  public TargetProfile {
    extras = extras == null ? Extras.NONE : extras;
  }

  public TargetProfile withAgeMin(Integer v) {
    return new TargetProfile(v, ageMax, familySituation, lifestyle, financialMeans, extras);
  }

  public TargetProfile withAgeMax(Integer v) {
    return new TargetProfile(ageMin, v, familySituation, lifestyle, financialMeans, extras);
  }

  public TargetProfile withFamilySituation(String v) {
    return new TargetProfile(ageMin, ageMax, v, lifestyle, financialMeans, extras);
  }

  public TargetProfile withLifestyle(String v) {
    return new TargetProfile(ageMin, ageMax, familySituation, v, financialMeans, extras);
  }

  public TargetProfile withFinancialMeans(String v) {
    return new TargetProfile(ageMin, ageMax, familySituation, lifestyle, v, extras);
  }
}
