package app.toile.model;

/**
 * The psychographic basis of a segment's profile. Every field may be null (unset).
 *
 * @param socialStatus social status
 * @param lifestyle lifestyle
 * @param personality personality traits
 * @param behaviour behaviour and consumption habits
 * @param benefitsSought benefits sought
 * @param extras fields from a newer Toile, kept as they were
 */
public record Psychographic(
    String socialStatus,
    String lifestyle,
    String personality,
    String behaviour,
    String benefitsSought,
    Extras extras) {

  public static final Psychographic EMPTY =
      new Psychographic(null, null, null, null, null, Extras.NONE);

  public Psychographic {
    extras = extras == null ? Extras.NONE : extras;
  }

  public Psychographic withSocialStatus(String v) {
    return new Psychographic(v, lifestyle, personality, behaviour, benefitsSought, extras);
  }

  public Psychographic withLifestyle(String v) {
    return new Psychographic(socialStatus, v, personality, behaviour, benefitsSought, extras);
  }

  public Psychographic withPersonality(String v) {
    return new Psychographic(socialStatus, lifestyle, v, behaviour, benefitsSought, extras);
  }

  public Psychographic withBehaviour(String v) {
    return new Psychographic(socialStatus, lifestyle, personality, v, benefitsSought, extras);
  }

  public Psychographic withBenefitsSought(String v) {
    return new Psychographic(socialStatus, lifestyle, personality, behaviour, v, extras);
  }
}
