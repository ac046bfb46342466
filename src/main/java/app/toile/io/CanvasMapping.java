package app.toile.io;

import app.toile.model.Canvas;
import app.toile.model.Header;
import app.toile.model.Market;
import app.toile.model.MarketDomain;
import app.toile.model.SegmentStrategy;
import app.toile.model.TargetProfile;
import tools.jackson.databind.node.ObjectNode;

/**
 * A canvas to and from the tree of its file: the top level, the header and the market here; the
 * segments ({@link SegmentMapping}), the notes ({@link NotesMapping}) and the guide ({@link
 * GuideJson}) in their own files. Fields are written in the order of the model's record
 * components, unknown fields after the known ones.
 */
final class CanvasMapping {
  private CanvasMapping() {}

  /** The canvas of a file that passed the {@link FormatCheck}. */
  static Canvas canvas(Fields f) {
    f.text("format");
    f.whole("formatVersion");
    IdClaims ids = new IdClaims();
    return new Canvas(
        header(f.object("header")),
        f.text("freeNotes"),
        market(f.object("market")),
        f.choice("strategy", SegmentStrategy.class),
        SegmentMapping.segments(f.objects("segments"), ids),
        NotesMapping.notes(f.object("notes"), ids),
        GuideJson.read(f.object("guide")),
        f.extras());
  }

  static ObjectNode tree(Canvas canvas) {
    return new JsonTree()
        .text("format", CanvasFormat.NAME)
        .whole("formatVersion", CanvasFormat.VERSION)
        .object("header", header(canvas.header()))
        .text("freeNotes", canvas.freeNotes())
        .object("market", market(canvas.market()))
        .choice("strategy", canvas.strategy())
        .objects("segments", canvas.segments().stream().map(SegmentMapping::segment).toList())
        .object("notes", NotesMapping.notes(canvas))
        .object("guide", GuideJson.write(canvas.guide()))
        .extras(canvas.extras())
        .node();
  }

  private static Header header(Fields f) {
    return f == null ? null : new Header(f.text("title"), f.text("designedFor"),
        f.text("designedBy"), f.date("date"), f.text("version"), f.extras());
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

  private static Market market(Fields f) {
    return f == null ? null : new Market(f.choice("domain", MarketDomain.class),
        target(f.object("target")), f.extras());
  }

  private static JsonTree market(Market m) {
    return new JsonTree()
        .choice("domain", m.domain())
        .object("target", target(m.target()))
        .extras(m.extras());
  }

  private static TargetProfile target(Fields f) {
    return f == null ? null : new TargetProfile(f.whole("ageMin"), f.whole("ageMax"),
        f.text("familySituation"), f.text("lifestyle"), f.text("financialMeans"), f.extras());
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
}
