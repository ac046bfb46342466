package app.toile.cli;

import app.toile.i18n.Texts;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Header;
import app.toile.model.Snapshot;
import app.toile.versions.ConflictText;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * {@code toile info FILE}: a short summary of a canvas: its header and strategy, how many notes
 * each block holds, the segments in expansion order with their status, and the versions kept.
 */
final class InfoCommand implements Command {
  private static final DateTimeFormatter SAVED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private final BiFunction<Invocation, String, Optional<Canvas>> reader;

  InfoCommand() {
    this(Invocation::readCanvas);
  }

  /** A command reading its file with a reader that reports a failure itself and gives nothing. */
  InfoCommand(BiFunction<Invocation, String, Optional<Canvas>> reader) {
    this.reader = reader;
  }

  @Override
  public String name() {
    return "info";
  }

  @Override
  public String arguments() {
    return "[OPTIONS] FILE";
  }

  @Override
  public String summary() {
    return "show a canvas file's header, strategy, notes per block, segments and versions";
  }

  @Override
  public List<Option> options() {
    return List.of(Option.LANG);
  }

  @Override
  public int run(Invocation invocation) {
    if (invocation.operands().size() != 1) {
      throw new UsageException("info needs exactly one FILE");
    }
    Texts labels = Texts.labels(invocation.locale());
    String file = invocation.operands().get(0);
    Optional<Canvas> canvas;
    try {
      canvas = reader.apply(invocation, file);
    } catch (RuntimeException e) {
      // A bug, not the file's fault: still one line, like any file that cannot be read.
      invocation.err().println(Cli.PREFIX + FileResult.unexpected(file, "cannot read", e));
      return Cli.UNREADABLE;
    }
    if (canvas.isEmpty()) {
      return Cli.UNREADABLE;
    }
    print(canvas.get(), labels, invocation.out());
    return Cli.OK;
  }

  static void print(Canvas canvas, Texts labels, PrintStream out) {
    Header h = canvas.header();
    String unset = labels.get("unset");
    line(out, labels, "header.title", h.title() == null ? labels.get("canvas.untitled") : h.title());
    line(out, labels, "header.designedFor", orElse(h.designedFor(), unset));
    line(out, labels, "header.designedBy", orElse(h.designedBy(), unset));
    line(out, labels, "header.date", h.date() == null ? unset : h.date().toString());
    line(out, labels, "header.version", orElse(h.version(), unset));
    line(out, labels, "strategy",
        canvas.strategy() == null ? unset : labels.of("strategy", canvas.strategy()));
    out.println(labels.get("info.notesPerBlock"));
    for (Block block : Block.noteBlocks()) {
      out.println("  " + labels.get("field.value", labels.get("block." + block.key() + ".name"),
          canvas.notes(block).size()));
    }
    out.println(labels.get("field.value", labels.get("block.customerSegments.name"),
        canvas.segments().size()));
    int n = 0;
    for (CustomerSegment s : canvas.segments()) {
      n++;
      String name = s.name() == null || s.name().isBlank() ? labels.get("segment.unnamed") : s.name();
      String status = s.status() == null ? unset : labels.of("status", s.status());
      out.println("  " + n + ". [" + status + "] " + name);
    }
    versions(canvas, labels, out);
    conflicts(canvas, labels, out);
  }

  /** What a merge left for the founder to decide, one line each. */
  private static void conflicts(Canvas canvas, Texts labels, PrintStream out) {
    if (canvas.conflicts().isEmpty()) {
      return;
    }
    Texts words = Texts.of("versions", labels.locale());
    out.println(labels.get("field.value", words.get("info.conflicts"), canvas.conflicts().size()));
    ConflictText text = new ConflictText(canvas, labels.locale());
    canvas.conflicts().forEach(c -> out.println("  " + text.line(c)));
  }

  /** The versions kept in the file, oldest first, with the date and time each was saved. */
  private static void versions(Canvas canvas, Texts labels, PrintStream out) {
    if (canvas.snapshots().isEmpty()) {
      return;
    }
    Texts words = Texts.of("versions", labels.locale());
    out.println(labels.get("field.value", words.get("info.versions"), canvas.snapshots().size()));
    for (Snapshot s : canvas.snapshots()) {
      out.println("  " + (s.savedAt() == null ? words.get("info.version.undated", s.name())
          : words.get("info.version", s.name(), SAVED.format(s.savedAt()))));
    }
  }

  private static void line(PrintStream out, Texts labels, String key, String value) {
    out.println(labels.get("field.value", labels.get(key), value));
  }

  private static String orElse(String value, String unset) {
    return value == null ? unset : value;
  }
}
