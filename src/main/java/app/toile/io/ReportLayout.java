package app.toile.io;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.Instantiatable;

/**
 * The layout of the command line's JSON reports, two-space indented: objects down to the third
 * level have a line per field, deeper ones fit on one line; a list of objects has a line per
 * object, any other list fits on one line. So a validation report reads one finding per line.
 */
final class ReportLayout implements PrettyPrinter, Instantiatable<ReportLayout> {
  private static final int LINED_OBJECT_DEPTH = 3;

  /** One open object or list; a list's layout is known at its first item. */
  private static final class Open {
    final boolean list;
    Boolean lines;

    Open(boolean list, Boolean lines) {
      this.list = list;
      this.lines = lines;
    }
  }

  private final Deque<Open> open = new ArrayDeque<>();

  @Override
  public ReportLayout createInstance() {
    return new ReportLayout();
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    firstItem(g, true);
    g.writeRaw('{');
    open.push(new Open(false, open.size() < LINED_OBJECT_DEPTH));
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    newLineIfLined(g);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(',');
    separate(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    close(g, entries, '}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    firstItem(g, false);
    g.writeRaw('[');
    open.push(new Open(true, null));
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    // The first item says how the list is laid out: see firstItem.
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    if (open.peek().lines == null) {
      open.peek().lines = false; // the first item was no object
    }
    g.writeRaw(',');
    separate(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    close(g, values, ']');
  }

  /** At the first item of a list, decides its layout; a list of objects has a line per item. */
  private void firstItem(JsonGenerator g, boolean object) {
    Open list = open.peek();
    if (list != null && list.list && list.lines == null) {
      list.lines = object;
      newLineIfLined(g);
    }
  }

  private void separate(JsonGenerator g) {
    if (Boolean.TRUE.equals(open.peek().lines)) {
      newLine(g, open.size());
    } else {
      g.writeRaw(' ');
    }
  }

  private void newLineIfLined(JsonGenerator g) {
    if (Boolean.TRUE.equals(open.peek().lines)) {
      newLine(g, open.size());
    }
  }

  private void close(JsonGenerator g, int items, char end) {
    Open closed = open.pop();
    if (Boolean.TRUE.equals(closed.lines) && items > 0) {
      newLine(g, open.size());
    }
    g.writeRaw(end);
  }

  private static void newLine(JsonGenerator g, int depth) {
    g.writeRaw("\n" + "  ".repeat(depth));
  }
}
