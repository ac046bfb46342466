package app.toile.export.layout;

/** Metrics where every character is 0.5 em wide (0.6 em in bold): easy to reason about in tests. */
final class FixedMeasure implements TextMeasure {

  @Override
  public float advance(int codePoint, boolean bold) {
    return bold ? 600 : 500;
  }

  @Override
  public String printable(String text) {
    return text.replace('\t', ' ');
  }
}
