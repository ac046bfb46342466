package app.toile.interchange;

import app.toile.i18n.Texts;
import app.toile.model.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a canvas back from Markdown laid out as {@link MarkdownExport} writes it, and as
 * Obsidian's business-model-canvas notes are: {@code ## Block} headings (English or French names
 * and the usual variants), a note per bullet or paragraph, segments with their fields as nested
 * bullets, tags for the segments a note serves. A heading that names no block is kept, with what
 * follows it, in the free notes; what has no place in a canvas is dropped and reported.
 */
final class MarkdownImport {
  static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  private final MarkdownSource source;
  private final CanvasDraft draft = new CanvasDraft();
  private final SegmentBullets segments;
  private final List<PendingNote> pending = new ArrayList<>();
  private final KeptSection kept;
  /** The block being read, or null outside blocks. */
  private Block block;
  /** Whether what is read goes to the free notes (a heading that names no block, or none yet). */
  private boolean free = true;

  private MarkdownImport(MarkdownSource source) {
    this.source = source;
    this.segments = new SegmentBullets(source, draft);
    this.kept = new KeptSection(source, draft);
  }

  static ImportResult read(byte[] bytes, String sourceName) {
    String text = Utf8Text.decode(bytes, sourceName);
    MarkdownSource source = MarkdownSource.of(text);
    if (source.body().isBlank() && source.frontMatterLines() == 0) {
      throw new app.toile.io.CanvasFileException(sourceName,
          "the file is empty: it holds no heading, note or header", null);
    }
    MarkdownImport reader = new MarkdownImport(source);
    FrontMatter.read(source.lines(), source.frontMatterLines(), reader.draft);
    reader.walk(PARSER.parse(source.body()));
    reader.finish();
    return reader.draft.result(sourceName, InterchangeFormat.MARKDOWN);
  }

  private void walk(Node document) {
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h) {
        heading(h);
      } else if (free) {
        if (!(n instanceof ThematicBreak)) {
          kept.add(n);
        }
      } else {
        content(n);
      }
    }
    kept.flush();
  }

  private void heading(Heading h) {
    String text = InlineText.of(h, source, draft).text();
    Block named = h.getLevel() <= 2 ? BlockNames.find(text) : null;
    if (h.getLevel() <= 2 || !free) {
      kept.flush();
    }
    if (named != null) {
      block = named;
      free = false;
    } else if (h.getLevel() == 1 && draft.header().title() == null) {
      draft.header(draft.header().withTitle(text));
      block = null;
      free = true;
    } else if (h.getLevel() == 1 && text.equals(draft.header().title())) {
      block = null;
      free = true;
    } else if (h.getLevel() <= 2) {
      block = null;
      free = true;
      kept.open(h, !isFreeNotesHeading(text));
    } else if (free) {
      kept.add(h);
    } else {
      draft.drop(source.line(h), DropReason.SUB_HEADING, text);
    }
  }

  private static boolean isFreeNotesHeading(String text) {
    String k = BlockNames.key(text);
    for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      if (k.equals(BlockNames.key(Texts.labels(l).get("canvas.freeNotes")))) {
        return true;
      }
    }
    return k.equals("free notes");
  }

  /** A block-level node inside a block: notes, or segments in Customer Segments. */
  private void content(Node n) {
    int line = source.line(n);
    if (n instanceof ListBlock list) {
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        item((ListItem) item);
      }
    } else if (n instanceof Paragraph p) {
      entry(p, line, List.of());
    } else {
      dropBlock(n);
    }
  }

  private void item(ListItem item) {
    Node first = item.getFirstChild();
    if (!(first instanceof Paragraph p)) {
      // An empty bullet is an empty note; a bullet that opens with a list or code is not a note.
      if (first == null) {
        entry(null, source.line(item), List.of());
      } else {
        for (Node n = first; n != null; n = n.getNext()) {
          dropBlock(n);
        }
      }
      return;
    }
    List<Node> rest = new ArrayList<>();
    for (Node n = p.getNext(); n != null; n = n.getNext()) {
      rest.add(n);
    }
    entry(p, source.line(item), rest);
  }

  /** One note, or one segment: its first paragraph, then what its bullet holds. */
  private void entry(Paragraph p, int line, List<Node> rest) {
    InlineText first = p == null ? InlineText.EMPTY : InlineText.of(p, source, draft);
    StringBuilder text = new StringBuilder(first.text());
    if (block == Block.CUSTOMER_SEGMENTS) {
      segments.segment(first, line, rest);
      return;
    }
    for (Node n : rest) {
      if (n instanceof Paragraph more) {
        text.append("\n\n").append(InlineText.of(more, source, draft).text());
      } else if (n instanceof BulletList || n instanceof ListBlock) {
        for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
          draft.drop(source.line(item), DropReason.NESTED, source.raw(item));
        }
      } else {
        dropBlock(n);
      }
    }
    pending.add(new PendingNote(block, text.toString(), first.tags(), line));
  }

  private void dropBlock(Node n) {
    int line = source.line(n);
    String raw = source.raw(n);
    if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
      draft.drop(line, DropReason.CODE, raw);
    } else if (n instanceof BlockQuote) {
      draft.drop(line, DropReason.QUOTE, raw);
    } else if (n instanceof HtmlBlock) {
      draft.drop(line, DropReason.HTML, raw);
    } else if (n instanceof ListBlock) {
      for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
        draft.drop(source.line(item), DropReason.NESTED, source.raw(item));
      }
    } else if (n instanceof Heading h) {
      draft.drop(line, DropReason.SUB_HEADING, InlineText.of(h, source, draft).text());
    } else if (n instanceof LinkReferenceDefinition) {
      draft.drop(line, DropReason.LINK_TARGET, raw);
    }
  }

  /** Notes are added once every segment is read, so that a tag finds a segment read after it. */
  private void finish() {
    var tags = segments.tags();
    for (PendingNote n : pending) {
      List<String> ids = new ArrayList<>();
      for (String tag : n.tags()) {
        String id = tags.get(tag.toLowerCase(Locale.ROOT));
        if (id == null) {
          draft.drop(n.line(), DropReason.UNKNOWN_TAG, "#" + tag);
        } else if (!ids.contains(id)) {
          ids.add(id);
        }
      }
      draft.note(n.block(), n.text(), null, ids);
    }
  }

  /** A note waiting for the segments its tags name. */
  private record PendingNote(Block block, String text, List<String> tags, int line) {}
}
