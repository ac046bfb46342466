package app.toile.model;

/**
 * The demographic basis of a segment's profile. Every field may be null (unset).
 *
 * @param ageMin youngest age, 0..120
 * @param ageMax oldest age, 0..120
 * @param gender gender
 * @param education education level
 * @param incomeBand income band
 * @param familySituation family situation
 * @param other any other demographic trait
 * @param extras fields from a newer Toile, kept as they were
 */
public record Demographic(
    Integer ageMin,
    Integer ageMax,
    String gender,
    String education,
    String incomeBand,
    String familySituation,
    String other,
    Extras extras) {

  public static final Demographic EMPTY =
      new Demographic(null, null, null, null, null, null, null, Extras.NONE);

  public Demographic {
    extras = extras == null ? Extras.NONE : extras;
  }

  public Demographic withAgeMin(Integer v) {
    return new Demographic(v, ageMax, gender, education, incomeBand, familySituation, other, extras);
  }

  public Demographic withAgeMax(Integer v) {
    return new Demographic(ageMin, v, gender, education, incomeBand, familySituation, other, extras);
  }

  public Demographic withGender(String v) {
    return new Demographic(ageMin, ageMax, v, education, incomeBand, familySituation, other, extras);
  }

  public Demographic withEducation(String v) {
    return new Demographic(ageMin, ageMax, gender, v, incomeBand, familySituation, other, extras);
  }

  public Demographic withIncomeBand(String v) {
    return new Demographic(ageMin, ageMax, gender, education, v, familySituation, other, extras);
  }

  public Demographic withFamilySituation(String v) {
    return new Demographic(ageMin, ageMax, gender, education, incomeBand, v, other, extras);
  }

  public Demographic withOther(String v) {
    return new Demographic(ageMin, ageMax, gender, education, incomeBand, familySituation, v, extras);
  }
}
