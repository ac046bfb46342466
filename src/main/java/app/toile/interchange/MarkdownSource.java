package app.toile.interchange;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * A Markdown file split into its front matter and its body, with the way back from a parsed node
 * to its line in the file and its text as written.
 *
 * @param lines every line of the file
 * @param frontMatterLines how many lines the front matter takes, 0 when there is none
 * @param body the lines after the front matter, joined by {@code \n}: what the parser reads
 * @param numbered whether its lines are the file's: false for Markdown held in a JSON text
 */
record MarkdownSource(List<String> lines, int frontMatterLines, String body, boolean numbered) {

  /** A Markdown file, with its front matter. */
  static MarkdownSource of(String text) {
    List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
    int front = FrontMatter.lines(lines);
    return new MarkdownSource(lines, front, String.join("\n", lines.subList(front, lines.size())),
        true);
  }

  /** Markdown held in a value of another format, such as a JSON Canvas card: no front matter. */
  static MarkdownSource inside(String text) {
    List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
    return new MarkdownSource(lines, 0, String.join("\n", lines), false);
  }

  /** The node's first line in the file, 1-based; 0 when the lines are not the file's. */
  int line(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (!numbered) {
      return 0;
    }
    return spans.isEmpty() ? frontMatterLines : spans.get(0).getLineIndex() + frontMatterLines + 1;
  }

  /** The node's text as the file writes it. */
  String raw(Node node) {
    StringBuilder sb = new StringBuilder();
    for (SourceSpan span : node.getSourceSpans()) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      int from = Math.max(0, Math.min(span.getInputIndex(), body.length()));
      sb.append(body, from, Math.min(body.length(), from + span.getLength()));
    }
    return sb.toString();
  }
}
