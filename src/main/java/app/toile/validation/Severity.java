package app.toile.validation;

/** How serious a finding is, most serious first: compare with {@link #isWorseThan}. */
public enum Severity {
  /** Something is wrong: the model cannot work as stated. */
  ERROR,
  /** Probably a mistake, worth a look. */
  WARNING,
  /** A hint or a missing piece of information. */
  INFO;

  /** Whether this severity is more serious than the other one; anything is worse than null. */
  public boolean isWorseThan(Severity other) {
    return other == null || ordinal() < other.ordinal();
  }

  /** The more serious of two severities (null counts as none). */
  public static Severity worst(Severity a, Severity b) {
    if (a == null) {
      return b;
    }
    return b == null || a.ordinal() <= b.ordinal() ? a : b;
  }
}
