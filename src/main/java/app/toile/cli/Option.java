package app.toile.cli;

/**
 * An option of a command.
 *
 * @param name its name with the dashes, such as {@code --lang}
 * @param value what its value looks like, such as {@code fr|en}; null for a flag without value
 * @param help what it does, in one short line
 */
public record Option(String name, String value, String help) {

  /** The language of what a command prints. */
  public static final Option LANG =
      new Option("--lang", "fr|en", "language of the output (default: the system's language)");

  /** Whether the option takes a value. */
  public boolean takesValue() {
    return value != null;
  }
}
