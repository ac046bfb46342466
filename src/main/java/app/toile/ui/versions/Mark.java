package app.toile.ui.versions;

/**
 * How the compare view marks a thing that changed: with a sign and a word, and a colour only
 * besides them.
 */
public enum Mark {
  ADDED("+"),
  REMOVED("\u2212"),
  MOVED("\u2194"),
  CHANGED("~");

  private final String symbol;

  Mark(String symbol) {
    this.symbol = symbol;
  }

  /** The sign read before the thing: +, −, ~ or ↔. */
  public String symbol() {
    return symbol;
  }

  /** The CSS class of the mark ({@code mark-added}…). */
  public String styleClass() {
    return "mark-" + name().toLowerCase(java.util.Locale.ROOT);
  }
}
