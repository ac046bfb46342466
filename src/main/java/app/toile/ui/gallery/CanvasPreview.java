package app.toile.ui.gallery;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import app.toile.ui.base.SegmentColours;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.FontSmoothingType;

/**
 * A thumbnail of a canvas: the nine blocks in the canonical layout, each note as a small rectangle
 * in its colour with dots for the segments it serves, and the segment cards with their colour
 * chips. Drawn once, at a fixed size, with no text: at this scale only the shape of the model
 * (where the notes are, how many segments) is readable.
 */
public final class CanvasPreview extends javafx.scene.canvas.Canvas {
  private static final Color PAPER = Color.web("#FFFFFF");
  private static final Color BLOCK = Color.web("#F4F6F8");
  private static final Color LINE = Color.web("#C5CCD6");
  private static final Color NAME = Color.web("#9AA3AF");
  private static final Color NOTE_EDGE = Color.rgb(0, 0, 0, 0.25);
  private static final double GAP = 2;
  /** The largest note, so that a block with one note still reads as a block with one note. */
  private static final double MAX_NOTE = 22;
  private static final double NOTE_RATIO = 0.75;

  private final Canvas model;

  /** A preview of {@code model}, {@code width} by {@code height} pixels. */
  public CanvasPreview(Canvas model, double width, double height) {
    super(width, height);
    this.model = model;
    getStyleClass().add("canvas-preview");
    paint();
  }

  private void paint() {
    GraphicsContext g = getGraphicsContext2D();
    g.setFontSmoothingType(FontSmoothingType.GRAY);
    g.setFill(PAPER);
    g.fillRect(0, 0, getWidth(), getHeight());
    for (Block b : Block.values()) {
      Block.Area a = b.area();
      double x = a.x() * getWidth() + GAP / 2;
      double y = a.y() * getHeight() + GAP / 2;
      double w = a.width() * getWidth() - GAP;
      double h = a.height() * getHeight() - GAP;
      g.setFill(BLOCK);
      g.fillRect(x, y, w, h);
      g.setStroke(LINE);
      g.setLineWidth(1);
      g.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
      // A short bar where the block's name stands on the full canvas.
      g.setFill(NAME);
      g.fillRect(x + 3, y + 3, Math.min(w * 0.45, 18), 2);
      double top = y + 8;
      if (b.holdsNotes()) {
        drawNotes(g, model.notes(b), x + 3, top, w - 6, y + h - 3 - top);
      } else {
        drawSegments(g, model.segments(), x + 3, top, w - 6, y + h - 3 - top);
      }
    }
  }

  /** Notes in rows, left to right, each as large as lets all of them fit in the block. */
  private void drawNotes(GraphicsContext g, List<Note> notes, double x, double y, double w, double h) {
    if (notes.isEmpty()) {
      return;
    }
    NoteGrid grid = NoteGrid.fit(notes.size(), w, h, NOTE_RATIO, MAX_NOTE, GAP);
    for (int i = 0; i < notes.size(); i++) {
      Note n = notes.get(i);
      double nx = x + (i % grid.columns()) * (grid.width() + GAP);
      double ny = y + (i / grid.columns()) * (grid.height() + GAP);
      g.setFill(Color.web(n.colourOrDefault().hex()));
      g.fillRect(nx, ny, grid.width(), grid.height());
      g.setStroke(NOTE_EDGE);
      g.strokeRect(nx + 0.5, ny + 0.5, grid.width() - 1, grid.height() - 1);
      drawLinks(g, n.segmentIds(), nx, ny + grid.height(), grid.width());
    }
  }

  /** The chips of the segments a note serves, along its bottom edge, when the note is big enough. */
  private void drawLinks(GraphicsContext g, List<String> segmentIds, double x, double bottom, double w) {
    double d = Math.max(2, w / 6);
    if (w < 8) {
      return;
    }
    double cx = x + 1.5;
    for (String id : segmentIds) {
      CustomerSegment s = model.segment(id).orElse(null);
      if (s == null || cx + d > x + w - 1) {
        continue;
      }
      g.setFill(SegmentColours.of(s));
      g.fillOval(cx, bottom - d - 1.5, d, d);
      cx += d + 1;
    }
  }

  /** Segment cards stacked in expansion order, each with its colour chip and a name bar. */
  private void drawSegments(GraphicsContext g, List<CustomerSegment> segments, double x, double y,
      double w, double h) {
    if (segments.isEmpty()) {
      return;
    }
    double cardH = Math.min(14, (h - GAP * (segments.size() - 1)) / segments.size());
    for (int i = 0; i < segments.size(); i++) {
      double cy = y + i * (cardH + GAP);
      g.setFill(PAPER);
      g.fillRect(x, cy, w, cardH);
      g.setStroke(LINE);
      g.strokeRect(x + 0.5, cy + 0.5, w - 1, cardH - 1);
      double chip = Math.max(2, Math.min(cardH - 4, 7));
      g.setFill(SegmentColours.of(segments.get(i)));
      g.fillOval(x + 2, cy + (cardH - chip) / 2, chip, chip);
      g.setFill(NAME);
      g.fillRect(x + chip + 5, cy + cardH / 2 - 1, Math.max(0, (w - chip - 8) * 0.7), 2);
    }
  }
}
