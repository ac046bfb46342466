package app.toile.model;

/**
 * A segment's segmentation profile on the three bases: demographic, geographic, psychographic.
 *
 * @param demographic demographic criteria
 * @param geographic geographic criteria (reach)
 * @param psychographic psychographic criteria
 * @param extras fields from a newer Toile, kept as they were
 */
public record Profile(
    Demographic demographic, Geographic geographic, Psychographic psychographic, Extras extras) {

  public static final Profile EMPTY =
      new Profile(Demographic.EMPTY, Geographic.EMPTY, Psychographic.EMPTY, Extras.NONE);

  public Profile {
    demographic = demographic == null ? Demographic.EMPTY : demographic;
    geographic = geographic == null ? Geographic.EMPTY : geographic;
    psychographic = psychographic == null ? Psychographic.EMPTY : psychographic;
    extras = extras == null ? Extras.NONE : extras;
  }

  public Profile withDemographic(Demographic v) {
    return new Profile(v, geographic, psychographic, extras);
  }

  public Profile withGeographic(Geographic v) {
    return new Profile(demographic, v, psychographic, extras);
  }

  public Profile withPsychographic(Psychographic v) {
    return new Profile(demographic, geographic, v, extras);
  }
}
