package app.toile.export.layout;

/** Metrics where every character is 0.5 em wide (0.6 em in bold): easy to reason about in tests. */
final class FixedMeasure implements TextMeasure {

  @Override
  public float width(String text, boolean bold, float size) {
    return text.codePointCount(0, text.length()) * size * (bold ? 0.6f : 0.5f);
  }

  @Override
  public String printable(String text) {
    return text.replace('\t', ' ');
  }
}
