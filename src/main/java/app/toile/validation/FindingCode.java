package app.toile.validation;

/**
 * The stable codes of validation findings, each with its severity. The names are a public
 * contract used by tests, the command line and the JSON report: never rename one.
 * Declared in the order of the contract's table, which is also the order findings of one target
 * are reported in.
 */
public enum FindingCode {
  CANVAS_NO_SEGMENT(Severity.ERROR),
  SEGMENT_NO_NAME(Severity.ERROR),
  SEGMENT_DUPLICATE_NAME(Severity.ERROR),
  SEGMENT_NO_NEED(Severity.ERROR),
  SEGMENT_NO_CRITERIA(Severity.WARNING),
  SEGMENT_BAD_RANGE(Severity.ERROR),
  SEGMENT_NOT_DISTINCT(Severity.WARNING),
  SEGMENT_NOT_EVALUATED(Severity.INFO),
  SEGMENT_WEAK(Severity.WARNING),
  SEGMENT_SMALL_SHARE(Severity.INFO),
  SEGMENT_MISSION_MISFIT(Severity.INFO),
  SEGMENT_NO_VALUE_PROPOSITION(Severity.INFO),
  LINK_DANGLING(Severity.ERROR),
  FOCUS_NONE(Severity.WARNING),
  FOCUS_TOO_MANY(Severity.WARNING),
  FOCUS_NOT_GEOGRAPHIC(Severity.INFO),
  FOCUS_NO_PMF(Severity.INFO),
  EXPANSION_BEFORE_CONQUEST(Severity.WARNING),
  STRATEGY_UNSET(Severity.INFO),
  STRATEGY_MASS_MARKET_SEGMENTED(Severity.WARNING),
  STRATEGY_NICHE_BROAD(Severity.WARNING),
  STRATEGY_NEEDS_SEVERAL(Severity.ERROR),
  STRATEGY_SIDES_UNLINKED(Severity.ERROR),
  MARKET_KIND_MISMATCH(Severity.WARNING);

  private final Severity severity;

  FindingCode(Severity severity) {
    this.severity = severity;
  }

  public Severity severity() {
    return severity;
  }

  /** The key of the finding's message in the {@code messages} bundle: {@code finding.CODE}. */
  public String messageKey() {
    return "finding." + name();
  }
}
