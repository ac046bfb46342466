package app.toile.io;

import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.TokenStreamContext;

/**
 * The layout of the command line's JSON reports, two-space indented: objects down to the third
 * level have a line per field, deeper ones fit on one line; a list of objects has a line per
 * object, any other list fits on one line. So a validation report reads one finding per line. It
 * keeps no state: where it stands is the generator's context, and a list's items its current value.
 */
final class ReportLayout implements PrettyPrinter {
  private static final int LINED_OBJECT_DEPTH = 3;

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
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
    if (!newLineIfLined(g)) {
      g.writeRaw(' ');
    }
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    close(g, entries, '}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    newLineIfLined(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    writeObjectEntrySeparator(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    close(g, values, ']');
  }

  private static boolean newLineIfLined(JsonGenerator g) {
    TokenStreamContext at = g.streamWriteContext();
    if (lined(at)) {
      g.writeRaw("\n" + "  ".repeat(at.getNestingDepth()));
    }
    return lined(at);
  }

  private static void close(JsonGenerator g, int items, char end) {
    TokenStreamContext at = g.streamWriteContext();
    if (items > 0 && lined(at)) {
      g.writeRaw("\n" + "  ".repeat(at.getNestingDepth() - 1));
    }
    g.writeRaw(end);
  }

  /** Whether an object or list has a line per item. */
  private static boolean lined(TokenStreamContext at) {
    if (at.inObject()) {
      return at.getNestingDepth() <= LINED_OBJECT_DEPTH;
    }
    // A list of objects is a list of maps or records.
    return at.currentValue() instanceof List<?> list && !list.isEmpty()
        && (list.get(0) instanceof Map || list.get(0) instanceof Record);
  }
}
