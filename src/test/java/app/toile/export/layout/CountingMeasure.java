package app.toile.export.layout;

/**
 * Metrics that count how many characters the layout measures: a count that grows faster than the
 * text shows work done again and again. Past {@code budget} characters it throws, so that a
 * layout gone quadratic fails in a moment instead of running for minutes.
 */
public final class CountingMeasure implements TextMeasure {
  private final TextMeasure metrics;
  private final long budget;
  private long measured;

  public CountingMeasure(TextMeasure metrics, long budget) {
    this.metrics = metrics;
    this.budget = budget;
  }

  /** Characters measured so far. */
  public long measured() {
    return measured;
  }

  @Override
  public float advance(int codePoint, boolean bold) {
    count(1);
    return metrics.advance(codePoint, bold);
  }

  @Override
  public float width(String text, boolean bold, float size) {
    count(text.length());
    return metrics.width(text, bold, size);
  }

  @Override
  public String printable(String text) {
    return metrics.printable(text);
  }

  @Override
  public float leading(float size) {
    return metrics.leading(size);
  }

  private void count(long chars) {
    measured += chars;
    if (measured > budget) {
      throw new IllegalStateException("measured more than " + budget + " characters");
    }
  }
}
