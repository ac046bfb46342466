package app.toile.io;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Header;
import app.toile.model.Market;
import app.toile.model.Note;
import app.toile.model.TargetProfile;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Writes a canvas as the text of a canvas file: UTF-8, pretty printed with {@code \n} line ends
 * and a final newline, fields in the order of the model's record components, unknown fields after
 * the known ones. The same canvas always gives the same bytes.
 */
final class CanvasWriter {
  private CanvasWriter() {}

  static byte[] write(Canvas canvas) {
    JsonTree root = new JsonTree()
        .text("format", CanvasFormat.NAME)
        .whole("formatVersion", CanvasFormat.VERSION)
        .object("header", header(canvas.header()))
        .text("freeNotes", canvas.freeNotes())
        .object("market", market(canvas.market()))
        .choice("strategy", canvas.strategy())
        .objects("segments", canvas.segments().stream().map(SegmentWriter::segment).toList())
        .object("notes", notes(canvas))
        .object("guide", GuideJson.write(canvas.guide()))
        .extras(canvas.extras());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CanvasJson.PRETTY.writeValue(out, root.node());
    out.write('\n');
    return out.toByteArray();
  }

  private static JsonTree header(Header h) {
    return new JsonTree()
        .text("title", h.title())
        .text("designedFor", h.designedFor())
        .text("designedBy", h.designedBy())
        .date("date", h.date())
        .text("version", h.version())
        .extras(h.extras());
  }

  private static JsonTree market(Market m) {
    return new JsonTree()
        .choice("domain", m.domain())
        .object("target", target(m.target()))
        .extras(m.extras());
  }

  private static JsonTree target(TargetProfile t) {
    return new JsonTree()
        .whole("ageMin", t.ageMin())
        .whole("ageMax", t.ageMax())
        .text("familySituation", t.familySituation())
        .text("lifestyle", t.lifestyle())
        .text("financialMeans", t.financialMeans())
        .extras(t.extras());
  }

  private static JsonTree notes(Canvas canvas) {
    JsonTree notes = new JsonTree();
    for (Block block : Block.noteBlocks()) {
      List<JsonTree> list = canvas.notes(block).stream().map(CanvasWriter::note).toList();
      notes.objects(block.key(), list);
    }
    return notes;
  }

  private static JsonTree note(Note n) {
    return new JsonTree()
        .text("id", n.id())
        .text("text", n.text())
        .choice("colour", n.colour())
        .texts("segmentIds", n.segmentIds())
        .extras(n.extras());
  }
}
