package app.toile.ui.versions;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import app.toile.validation.Attractiveness;
import app.toile.versions.Change;
import app.toile.versions.Comparison;
import app.toile.versions.Kind;
import app.toile.versions.Place;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The two canvases of a comparison laid out block by block for the compare view: in each block
 * the things of the earlier canvas on the left and of the later on the right, each marked with
 * what happened to it and, on the right, the fields that changed. The canvas's own fields and the
 * findings have a block of their own when something changed there.
 */
final class SideBySide {
  private final Comparison comparison;
  private final ChangeWords words;
  /** Per key ("note:ID"), the marks and detail lines of each side. */
  private final Map<String, Mark> beforeMarks = new HashMap<>();
  private final Map<String, Mark> afterMarks = new HashMap<>();
  private final Map<String, List<String>> afterDetails = new HashMap<>();
  private final List<String> beforeKeys = new ArrayList<>();
  private final List<String> afterKeys = new ArrayList<>();

  SideBySide(Comparison comparison, ChangeWords words) {
    this.comparison = comparison;
    this.words = words;
    for (Change c : comparison.changes()) {
      String after = c.kind() == Kind.REMOVED ? null : key(c, c.place().id());
      String before = c.kind() == Kind.ADDED ? null : beforeKey(c);
      if (c.place().part() == Place.Part.FINDING) {
        int n = beforeKeys.size();
        after = c.kind() == Kind.ADDED ? "finding:" + n : null;
        before = c.kind() == Kind.REMOVED ? "finding:" + n : null;
      }
      beforeKeys.add(before);
      afterKeys.add(after);
      Mark mark = Mark.valueOf(c.kind().name());
      if (after != null) {
        afterMarks.merge(after, mark, SideBySide::stronger);
        if (c.place().field() != null && c.place().part() != Place.Part.FINDING) {
          afterDetails.computeIfAbsent(after, k -> new ArrayList<>()).add(words.what(c));
        }
      }
      if (before != null) {
        beforeMarks.merge(before, mark, SideBySide::stronger);
      }
    }
  }

  /** Where the n-th change is on the left; null when only the right has it. */
  String beforeKey(int change) {
    return beforeKeys.get(change);
  }

  /** Where the n-th change is on the right; null when only the left has it. */
  String afterKey(int change) {
    return afterKeys.get(change);
  }

  /** The blocks, in the order of the changes: the canvas, the segments, the notes, the findings. */
  List<CompareViewModel.Section> sections() {
    List<CompareViewModel.Section> out = new ArrayList<>();
    List<Change> canvas = comparison.changes(Place.Part.CANVAS);
    if (!canvas.isEmpty()) {
      List<CompareViewModel.Item> left = new ArrayList<>();
      List<CompareViewModel.Item> right = new ArrayList<>();
      for (Change c : canvas) {
        String key = key(c, null);
        String name = words.where(c);
        left.add(new CompareViewModel.Item(key, name, List.of(words.value(c.before(),
            comparison.before())), Mark.CHANGED, words.kind(c)));
        right.add(new CompareViewModel.Item(key, name, List.of(words.value(c.after(),
            comparison.after())), Mark.CHANGED, words.kind(c)));
      }
      out.add(new CompareViewModel.Section(words.ui("versions.section.canvas"), left, right));
    }
    out.add(new CompareViewModel.Section(words.block(Block.CUSTOMER_SEGMENTS),
        segments(comparison.before(), beforeMarks, Map.of()),
        segments(comparison.after(), afterMarks, afterDetails)));
    for (Block b : Block.noteBlocks()) {
      out.add(new CompareViewModel.Section(words.block(b),
          notes(comparison.before(), b, beforeMarks, Map.of()),
          notes(comparison.after(), b, afterMarks, afterDetails)));
    }
    List<Change> findings = comparison.changes(Place.Part.FINDING);
    if (!findings.isEmpty()) {
      List<CompareViewModel.Item> gone = new ArrayList<>();
      List<CompareViewModel.Item> appeared = new ArrayList<>();
      List<Change> all = comparison.changes();
      for (int i = 0; i < all.size(); i++) {
        Change c = all.get(i);
        if (c.place().part() == Place.Part.FINDING) {
          boolean added = c.kind() == Kind.ADDED;
          var item = new CompareViewModel.Item(added ? afterKeys.get(i) : beforeKeys.get(i),
              words.what(c), List.of(), added ? Mark.ADDED : Mark.REMOVED, words.kind(c));
          (added ? appeared : gone).add(item);
        }
      }
      out.add(new CompareViewModel.Section(words.ui("versions.section.findings"), gone,
          appeared));
    }
    return out;
  }

  private List<CompareViewModel.Item> segments(Canvas canvas, Map<String, Mark> marks,
      Map<String, List<String>> details) {
    List<CompareViewModel.Item> items = new ArrayList<>();
    for (CustomerSegment s : canvas.segments()) {
      String key = "segment:" + s.id();
      List<String> lines = new ArrayList<>();
      lines.add(summary(s));
      lines.addAll(details.getOrDefault(key, List.of()));
      items.add(new CompareViewModel.Item(key, words.segmentName(s), lines, marks.get(key),
          word(marks.get(key))));
    }
    return items;
  }

  /** A segment in one line: its status, customers won and attractiveness. */
  private String summary(CustomerSegment s) {
    var a = Attractiveness.of(s);
    String status = s.status() == null ? words.ui("versions.unset") : words.value(s.status(), null);
    return words.ui("versions.segmentSummary", status,
        s.customerCount() == null ? 0 : s.customerCount(),
        a.isPresent() ? words.outOfFive(a.getAsDouble()) : words.ui("versions.unset"));
  }

  private List<CompareViewModel.Item> notes(Canvas canvas, Block b, Map<String, Mark> marks,
      Map<String, List<String>> details) {
    List<CompareViewModel.Item> items = new ArrayList<>();
    for (Note n : canvas.notes(b)) {
      String key = "note:" + n.id();
      items.add(new CompareViewModel.Item(key, n.text() == null ? "" : n.text().strip(),
          details.getOrDefault(key, List.of()), marks.get(key), word(marks.get(key))));
    }
    return items;
  }

  private static String key(Change c, String id) {
    Place p = c.place();
    return switch (p.part()) {
      case CANVAS -> "canvas:" + p.field();
      case SEGMENT -> "segment:" + id;
      case NOTE -> "note:" + id;
      case FINDING -> null;
    };
  }

  /**
   * The thing's key on the left: its id when the earlier canvas has it; for a note matched by
   * its text (a copy edited apart has other ids), the note of the earlier canvas with that text.
   */
  private String beforeKey(Change c) {
    Place p = c.place();
    Canvas before = comparison.before();
    if (p.part() == Place.Part.CANVAS) {
      return key(c, null);
    }
    if (p.part() == Place.Part.SEGMENT) {
      if (before.segment(p.id()).isPresent()) {
        return key(c, p.id());
      }
      return before.segments().stream().filter(s -> Objects.equals(s.name(), c.subject()))
          .findFirst().map(s -> key(c, s.id())).orElse(null);
    }
    if (p.part() != Place.Part.NOTE) {
      return null;
    }
    if (before.findNote(p.id()).isPresent()) {
      return key(c, p.id());
    }
    String oldText = comparison.changes().stream()
        .filter(o -> p.id().equals(o.place().id()) && "text".equals(o.place().field()))
        .map(o -> (String) o.before()).findFirst().orElse(c.subject());
    Block block = c.kind() == Kind.MOVED && c.before() instanceof Block b ? b : p.block();
    return before.notes(block).stream().filter(n -> Objects.equals(n.text(), oldText))
        .findFirst().map(n -> key(c, n.id())).orElse(null);
  }

  private String word(Mark m) {
    return m == null ? null : words.ui("versions.kind." + m.name());
  }

  /** Added or removed say more than moved, which says more than changed. */
  private static Mark stronger(Mark a, Mark b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}
