package app.toile.model;

import java.math.BigDecimal;

/**
 * The five evaluation questions, each scored 1..5 or null, with the estimates behind them.
 * Out-of-range values are kept as they are: validation reports them.
 *
 * @param painDepth how deep the pain is
 * @param budget how much budget the segment has
 * @param reach how cheaply it can be reached
 * @param marketSize how large it is
 * @param value how well it fits the company's mission
 * @param budgetAmount what it would pay, in {@code budgetCurrency}
 * @param budgetCurrency currency of the amount (ISO code or symbol)
 * @param estimatedCustomers estimated number of customers
 * @param marketSharePercent its share of the whole market, 0..100
 * @param estimateConfidence how sure the size estimate is
 * @param estimateSource where the estimate comes from
 * @param extras fields from a newer Toile, kept as they were
 */
public record Evaluation(
    Integer painDepth,
    Integer budget,
    Integer reach,
    Integer marketSize,
    Integer value,
    BigDecimal budgetAmount,
    String budgetCurrency,
    Long estimatedCustomers,
    Double marketSharePercent,
    Level estimateConfidence,
    String estimateSource,
    Extras extras) {

  public static final Evaluation EMPTY =
      new Evaluation(null, null, null, null, null, null, null, null, null, null, null, Extras.NONE);

  public Evaluation {
    extras = extras == null ? Extras.NONE : extras;
  }

  /** The score of one question, or null. */
  public Integer score(Score s) {
    return switch (s) {
      case PAIN_DEPTH -> painDepth;
      case BUDGET -> budget;
      case REACH -> reach;
      case MARKET_SIZE -> marketSize;
      case VALUE -> value;
    };
  }

  /** A copy with one question's score replaced (null clears it). */
  public Evaluation withScore(Score s, Integer v) {
    return new Evaluation(
        s == Score.PAIN_DEPTH ? v : painDepth,
        s == Score.BUDGET ? v : budget,
        s == Score.REACH ? v : reach,
        s == Score.MARKET_SIZE ? v : marketSize,
        s == Score.VALUE ? v : value,
        budgetAmount, budgetCurrency, estimatedCustomers, marketSharePercent,
        estimateConfidence, estimateSource, extras);
  }

  public Evaluation withBudgetAmount(BigDecimal v) {
    return new Evaluation(painDepth, budget, reach, marketSize, value, v, budgetCurrency,
        estimatedCustomers, marketSharePercent, estimateConfidence, estimateSource, extras);
  }

  public Evaluation withBudgetCurrency(String v) {
    return new Evaluation(painDepth, budget, reach, marketSize, value, budgetAmount, v,
        estimatedCustomers, marketSharePercent, estimateConfidence, estimateSource, extras);
  }

  public Evaluation withEstimatedCustomers(Long v) {
    return new Evaluation(painDepth, budget, reach, marketSize, value, budgetAmount, budgetCurrency,
        v, marketSharePercent, estimateConfidence, estimateSource, extras);
  }

  public Evaluation withMarketSharePercent(Double v) {
    return new Evaluation(painDepth, budget, reach, marketSize, value, budgetAmount, budgetCurrency,
        estimatedCustomers, v, estimateConfidence, estimateSource, extras);
  }

  public Evaluation withEstimateConfidence(Level v) {
    return new Evaluation(painDepth, budget, reach, marketSize, value, budgetAmount, budgetCurrency,
        estimatedCustomers, marketSharePercent, v, estimateSource, extras);
  }

  public Evaluation withEstimateSource(String v) {
    return new Evaluation(painDepth, budget, reach, marketSize, value, budgetAmount, budgetCurrency,
        estimatedCustomers, marketSharePercent, estimateConfidence, v, extras);
  }

  /** The five evaluation questions, in the order founders answer them. */
  public enum Score {
    PAIN_DEPTH("painDepth"),
    BUDGET("budget"),
    REACH("reach"),
    MARKET_SIZE("marketSize"),
    VALUE("value");

    private final String key;

    Score(String key) {
      this.key = key;
    }

    /** The field name in files and finding paths. */
    public String key() {
      return key;
    }
  }
}
