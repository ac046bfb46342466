package app.toile.model;

/** The six sticky-note colours, with the fill each is drawn with. */
public enum NoteColour {
  YELLOW("#FFF1A8"),
  ORANGE("#FFD2A1"),
  PINK("#FFC8DD"),
  BLUE("#C7E3FF"),
  GREEN("#CFF2C2"),
  PURPLE("#E0D2FF");

  private final String hex;

  NoteColour(String hex) {
    this.hex = hex;
  }

  /** The fill as {@code #RRGGBB}. */
  public String hex() {
    return hex;
  }
}
