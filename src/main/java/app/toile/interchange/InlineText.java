package app.toile.interchange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The plain text of a paragraph or heading, and the tags that end it. Emphasis keeps its words; a
 * link keeps its text, and its address is reported as dropped unless the text shows it; a picture
 * and inline HTML are dropped and reported. The tree is walked without recursion: a file may nest
 * emphasis thousands deep.
 *
 * @param text the text, tags removed
 * @param tags the tags after the text, without {@code #}, in order
 */
record InlineText(String text, List<String> tags) {
  static final InlineText EMPTY = new InlineText("", List.of());

  /** Tags as written at the end of the source: an escaped {@code \#} is no tag. */
  private static final Pattern LAST_TAG =
      Pattern.compile("(?:^|[ \\t]+)#([\\p{L}\\p{N}_/-]*[\\p{L}_/-][\\p{L}\\p{N}_/-]*)[ \\t]*$");

  /** How far from the end tags are looked for. */
  private static final int TAIL_CHARS = 2_000;

  static InlineText of(Node block, MarkdownSource source, CanvasDraft draft) {
    StringBuilder sb = new StringBuilder();
    List<String> addresses = new ArrayList<>();
    Deque<Node> todo = new ArrayDeque<>();
    push(todo, block);
    while (!todo.isEmpty()) {
      Node n = todo.pop();
      if (n instanceof Text t) {
        sb.append(t.getLiteral());
      } else if (n instanceof Code c) {
        sb.append(c.getLiteral());
      } else if (n instanceof SoftLineBreak) {
        sb.append(' ');
      } else if (n instanceof HardLineBreak) {
        sb.append('\n');
      } else if (n instanceof Image i) {
        draft.drop(source.line(block), DropReason.IMAGE, i.getDestination());
      } else if (n instanceof HtmlInline h) {
        draft.drop(source.line(block), DropReason.HTML, h.getLiteral());
      } else {
        if (n instanceof Link l && !l.getDestination().isBlank()) {
          addresses.add(l.getDestination());
        }
        push(todo, n);
      }
    }
    String text = sb.toString();
    for (String address : addresses) {
      if (!text.contains(address)) {
        draft.drop(source.line(block), DropReason.LINK_TARGET, address);
      }
    }
    return withTags(text, source.raw(block));
  }

  private static void push(Deque<Node> todo, Node parent) {
    List<Node> children = new ArrayList<>();
    for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
      children.add(c);
    }
    Collections.reverse(children);
    children.forEach(todo::push);
  }

  /**
   * Takes off the text the tags that end its source, as many as the source has. Only the end of
   * the text is searched, so that a line of millions of spaces costs no more than a short one.
   */
  private static InlineText withTags(String text, String raw) {
    String rawTail = tail(raw.substring(raw.lastIndexOf('\n') + 1));
    int count = 0;
    for (Matcher m = LAST_TAG.matcher(rawTail); m.find(); m = LAST_TAG.matcher(rawTail)) {
      count++;
      rawTail = rawTail.substring(0, m.start());
    }
    List<String> tags = new ArrayList<>();
    String t = text.stripTrailing();
    for (int i = 0; i < count; i++) {
      String end = tail(t);
      Matcher m = LAST_TAG.matcher(end);
      if (!m.find()) {
        break;
      }
      tags.add(0, m.group(1));
      t = t.substring(0, t.length() - end.length() + m.start());
    }
    return new InlineText(t.strip(), List.copyOf(tags));
  }

  private static String tail(String s) {
    return s.length() <= TAIL_CHARS ? s : s.substring(s.length() - TAIL_CHARS);
  }
}
