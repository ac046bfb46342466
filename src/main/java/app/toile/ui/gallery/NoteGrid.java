package app.toile.ui.gallery;

/**
 * How notes are laid out in a block of the preview: the number of columns and the note size that
 * let all of them fit, as large as possible up to a maximum width.
 *
 * @param columns notes per row
 * @param width width of one note
 * @param height height of one note
 */
record NoteGrid(int columns, double width, double height) {

  /**
   * The largest notes of a given height-to-width {@code ratio} that fit {@code count} of them in
   * an area, trying every number of columns.
   */
  static NoteGrid fit(int count, double areaWidth, double areaHeight, double ratio, double maxWidth,
      double gap) {
    NoteGrid best = new NoteGrid(1, 0, 0);
    for (int columns = 1; columns <= Math.max(1, count); columns++) {
      int rows = (count + columns - 1) / columns;
      double cellW = (areaWidth - gap * (columns - 1)) / columns;
      double cellH = (areaHeight - gap * (rows - 1)) / rows;
      double w = Math.max(0, Math.min(Math.min(cellW, cellH / ratio), maxWidth));
      if (w > best.width()) {
        best = new NoteGrid(columns, w, w * ratio);
      }
    }
    return best;
  }
}
