package app.toile.validation;

import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The active segments of a canvas ranked by attractiveness: highest first, segments with no score
 * last, ties broken by name key (see {@link TextKey}; a blank name sorts first) and then by id. The
 * first entry is the suggested focus when none is chosen.
 *
 * @param entries the ranked segments, best first
 */
public record Ranking(List<Entry> entries) {

  // Sorted on keys worked out once per segment: the name key normalises Unicode, too costly to
  // redo in each of the n log n comparisons of a large canvas.
  private static final Comparator<Keyed> ORDER = Comparator
      .comparingInt(Keyed::unscored)
      .thenComparingDouble(k -> -k.score())
      .thenComparing(Keyed::nameKey)
      .thenComparing(k -> k.entry().segment().id());

  public Ranking {
    entries = List.copyOf(entries);
  }

  /** Ranks the active segments of a canvas. */
  public static Ranking of(Canvas canvas) {
    List<Keyed> list = new ArrayList<>();
    for (CustomerSegment s : canvas.segments()) {
      if (s.isActive()) {
        list.add(Keyed.of(new Entry(s, Attractiveness.of(s))));
      }
    }
    list.sort(ORDER);
    return new Ranking(list.stream().map(Keyed::entry).toList());
  }

  /** An entry with its sort keys. */
  private record Keyed(Entry entry, int unscored, double score, String nameKey) {
    static Keyed of(Entry e) {
      return new Keyed(e, e.attractiveness().isPresent() ? 0 : 1, e.attractiveness().orElse(0),
          e.nameKey());
    }
  }

  /** The best-ranked segment, if any segment is active. */
  public Optional<CustomerSegment> best() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0).segment());
  }

  /** The segment ids, best first. */
  public List<String> ids() {
    return entries.stream().map(e -> e.segment().id()).toList();
  }

  /**
   * One ranked segment.
   *
   * @param segment the segment
   * @param attractiveness its attractiveness, or empty when no score is set
   */
  public record Entry(CustomerSegment segment, OptionalDouble attractiveness) {
    public Entry {
      Objects.requireNonNull(segment, "segment");
      Objects.requireNonNull(attractiveness, "attractiveness");
    }

    String nameKey() {
      String key = TextKey.of(segment.name());
      return key == null ? "" : key;
    }
  }
}
