package app.toile.session;

/**
 * Something one part of the editor asks the side panel to show: a segment's field (the guide's
 * questions, a finding), the market, the findings list. Each request is new, even for the same
 * field twice, so whoever shows the panel sees every one. {@link Kind#SELECTION} asks for the
 * keyboard focus on what is selected on the canvas.
 *
 * @param kind what to show
 * @param field the field's path for {@link Kind#FIELD}, else null
 * @param serial distinguishes two requests of the same thing
 */
public record PanelRequest(Kind kind, String field, long serial) {

  /** What a request asks to show. */
  public enum Kind { FIELD, MARKET, FINDINGS, SELECTION }
}
