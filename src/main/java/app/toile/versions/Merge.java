package app.toile.versions;

import app.toile.model.Canvas;
import app.toile.model.Extras;
import app.toile.model.Header;
import app.toile.model.Market;
import app.toile.model.MergeConflict;
import app.toile.model.SegmentStrategy;
import app.toile.model.Snapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * The three-way merge of two canvases that started from a common one, by ids: what only one side
 * changed is taken, what both changed the same way too; a field both changed differently, or a
 * note or segment one side edited and the other deleted, keeps ours and becomes a
 * {@link MergeConflict}, recorded in the merged canvas for the founder to decide. The same three
 * canvases always give the same result.
 */
public final class Merge {
  private Merge() {}

  /**
   * The merged canvas, its conflicts in {@link Canvas#conflicts()}: those ours and theirs still
   * had (one resolved on either side stays resolved), then the new ones in the canvas's order.
   */
  public static Canvas of(Canvas base, Canvas ours, Canvas theirs) {
    List<MergeConflict> conflicts = new ArrayList<>();
    List<ThreeWay.Clash> clashes = new ArrayList<>();
    Header header = ThreeWay.merge(base.header(), ours.header(), theirs.header(), "header.",
        clashes);
    String freeNotes = field("freeNotes", base.freeNotes(), ours.freeNotes(), theirs.freeNotes(),
        clashes);
    Market market = ThreeWay.merge(base.market(), ours.market(), theirs.market(), "market.",
        clashes);
    SegmentStrategy strategy = field("strategy", base.strategy(), ours.strategy(), theirs.strategy(),
        clashes);
    Extras extras = field("extras", base.extras(), ours.extras(), theirs.extras(), clashes);
    for (ThreeWay.Clash c : clashes) {
      conflicts.add(new MergeConflict(null, null, c.field(), null, LeafJson.of(c.base()),
          LeafJson.of(c.ours()), LeafJson.of(c.theirs()), null));
    }
    var segments = SegmentMerge.of(base, ours, theirs, conflicts);
    var notes = NoteMerge.of(base, ours, theirs, conflicts);
    List<Snapshot> snapshots = Sets.merge(base.snapshots(), ours.snapshots(), theirs.snapshots());
    List<MergeConflict> all = Sets.merge(base.conflicts(), ours.conflicts(), theirs.conflicts());
    all.addAll(conflicts);
    return new Canvas(header, freeNotes, market, strategy, segments, notes, snapshots, all, extras);
  }

  @SuppressWarnings("unchecked")
  private static <T> T field(String name, T base, T ours, T theirs,
      List<ThreeWay.Clash> clashes) {
    Object picked = ThreeWay.pick(base, ours, theirs);
    if (picked == ThreeWay.CLASH) {
      clashes.add(new ThreeWay.Clash(name, base, ours, theirs));
      return ours;
    }
    return (T) picked;
  }
}
