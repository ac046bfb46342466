package app.toile.interchange;

import org.commonmark.node.Node;

/**
 * A part of a Markdown file that names no block (a heading of its own, or what comes before the
 * first heading), kept whole in the free notes and reported once. Under the heading of the free
 * notes themselves, the heading is not kept twice.
 */
final class KeptSection {
  private final MarkdownSource source;
  private final CanvasDraft draft;
  private final StringBuilder text = new StringBuilder();
  private int line;
  private String what;

  KeptSection(MarkdownSource source, CanvasDraft draft) {
    this.source = source;
    this.draft = draft;
  }

  /** Starts a section at its heading; {@code keepHeading} keeps the heading's line too. */
  void open(Node heading, boolean keepHeading) {
    flush();
    line = source.line(heading);
    what = source.raw(heading);
    if (keepHeading) {
      text.append(what);
    }
  }

  /** Adds a node of the section, as written. */
  void add(Node n) {
    String raw = source.raw(n);
    if (what == null) {
      line = source.line(n);
      what = raw;
    }
    text.append(text.length() > 0 ? "\n\n" : "").append(raw);
  }

  /** Keeps the section read so far, if any, and starts afresh. */
  void flush() {
    if (what != null) {
      draft.keep(line, what, text.toString());
    }
    text.setLength(0);
    what = null;
  }
}
