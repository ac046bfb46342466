package app.toile.model;

/**
 * What a typical customer of the segment says, thinks, does and feels, and their pains and gains.
 * Every field may be null (unset).
 *
 * @param says what they say
 * @param thinks what they think
 * @param does what they do
 * @param feels what they feel
 * @param pains their pains
 * @param gains their gains
 * @param extras fields from a newer Toile, kept as they were
 */
public record EmpathyMap(
    String says, String thinks, String does, String feels, String pains, String gains, Extras extras) {

  public static final EmpathyMap EMPTY = new EmpathyMap(null, null, null, null, null, null, Extras.NONE);

  public EmpathyMap {
    extras = extras == null ? Extras.NONE : extras;
  }

  /** The text of one part, or null. */
  public String part(Part p) {
    return switch (p) {
      case SAYS -> says;
      case THINKS -> thinks;
      case DOES -> does;
      case FEELS -> feels;
      case PAINS -> pains;
      case GAINS -> gains;
    };
  }

  /** A copy with one part replaced. */
  public EmpathyMap withPart(Part p, String v) {
    return new EmpathyMap(
        p == Part.SAYS ? v : says,
        p == Part.THINKS ? v : thinks,
        p == Part.DOES ? v : does,
        p == Part.FEELS ? v : feels,
        p == Part.PAINS ? v : pains,
        p == Part.GAINS ? v : gains,
        extras);
  }

  /** Whether any part has text. */
  public boolean isFilled() {
    for (Part p : Part.values()) {
      String t = part(p);
      if (t != null && !t.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** The six parts of an empathy map. */
  public enum Part {
    SAYS("says"),
    THINKS("thinks"),
    DOES("does"),
    FEELS("feels"),
    PAINS("pains"),
    GAINS("gains");

    private final String key;

    Part(String key) {
      this.key = key;
    }

    /** The field name in files. */
    public String key() {
      return key;
    }
  }
}
