package app.toile.io;

import app.toile.model.Canvas;
import app.toile.model.Guide;
import app.toile.model.Header;
import app.toile.model.Market;
import app.toile.model.MarketDomain;
import app.toile.model.SegmentStrategy;
import app.toile.model.TargetProfile;
import tools.jackson.databind.node.ObjectNode;

/**
 * A canvas file to and from its tree: the top level, the header and the market here; the
 * segments ({@link SegmentMapping}), the notes ({@link NotesMapping}) and the guide beside the
 * canvas ({@link GuideJson}) in their own files. Fields are written in the order of the model's
 * record components, the guide, the merge conflicts ({@link ConflictMapping}) and the snapshots
 * ({@link SnapshotMapping}) after the notes, unknown fields after the known ones.
 */
final class CanvasMapping {
  private CanvasMapping() {}

  /** The canvas, and the guide beside it, of a file that passed the {@link FormatCheck}. */
  static CanvasFile file(Fields f) {
    f.text("format");
    f.whole("formatVersion");
    Canvas canvas = canvas(f);
    Guide guide = GuideJson.read(f.object("guide"));
    var conflicts = ConflictMapping.conflicts(f.objects("conflicts"));
    var snapshots = SnapshotMapping.snapshots(f.objects("snapshots"));
    return new CanvasFile(canvas.withConflicts(conflicts).withSnapshots(snapshots)
        .withExtras(f.extras()), guide);
  }

  /**
   * The canvas's own fields, from the header to the notes, of a file or of a snapshot; its ids
   * are unique among themselves, and a snapshot shares ids with the canvas it was taken from.
   */
  static Canvas canvas(Fields f) {
    IdClaims ids = new IdClaims();
    Header header = header(f.object("header"));
    String freeNotes = f.text("freeNotes");
    Market market = market(f.object("market"));
    SegmentStrategy strategy = f.choice("strategy", SegmentStrategy.class);
    var segments = SegmentMapping.segments(f.objects("segments"), ids);
    var notes = NotesMapping.notes(f.object("notes"), ids);
    return new Canvas(header, freeNotes, market, strategy, segments, notes, null);
  }

  static ObjectNode tree(CanvasFile file) {
    Canvas canvas = file.canvas();
    JsonTree tree = new JsonTree()
        .put("format", CanvasFormat.NAME)
        .put("formatVersion", CanvasFormat.VERSION);
    return canvas(tree, canvas)
        .put("guide", GuideJson.write(file.guide()))
        .put("conflicts", canvas.conflicts().stream().map(ConflictMapping::conflict).toList())
        .put("snapshots", canvas.snapshots().stream().map(SnapshotMapping::snapshot).toList())
        .extras(canvas.extras())
        .node();
  }

  /** The canvas's own fields, from the header to the notes, added to a tree. */
  static JsonTree canvas(JsonTree tree, Canvas canvas) {
    return tree
        .put("header", header(canvas.header()))
        .put("freeNotes", canvas.freeNotes())
        .put("market", market(canvas.market()))
        .put("strategy", canvas.strategy())
        .put("segments", canvas.segments().stream().map(SegmentMapping::segment).toList())
        .put("notes", NotesMapping.notes(canvas));
  }

  private static Header header(Fields f) {
    return f == null ? null : new Header(f.text("title"), f.text("designedFor"),
        f.text("designedBy"), f.date("date"), f.text("version"), f.extras());
  }

  private static JsonTree header(Header h) {
    return new JsonTree()
        .put("title", h.title())
        .put("designedFor", h.designedFor())
        .put("designedBy", h.designedBy())
        .put("date", h.date())
        .put("version", h.version())
        .extras(h.extras());
  }

  private static Market market(Fields f) {
    return f == null ? null : new Market(f.choice("domain", MarketDomain.class),
        target(f.object("target")), f.extras());
  }

  private static JsonTree market(Market m) {
    return new JsonTree()
        .put("domain", m.domain())
        .put("target", target(m.target()))
        .extras(m.extras());
  }

  private static TargetProfile target(Fields f) {
    return f == null ? null : new TargetProfile(f.whole("ageMin"), f.whole("ageMax"),
        f.text("familySituation"), f.text("lifestyle"), f.text("financialMeans"), f.extras());
  }

  private static JsonTree target(TargetProfile t) {
    return new JsonTree()
        .put("ageMin", t.ageMin())
        .put("ageMax", t.ageMax())
        .put("familySituation", t.familySituation())
        .put("lifestyle", t.lifestyle())
        .put("financialMeans", t.financialMeans())
        .extras(t.extras());
  }
}
