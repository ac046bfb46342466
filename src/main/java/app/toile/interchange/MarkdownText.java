package app.toile.interchange;

import java.util.regex.Pattern;

/**
 * Text written into Markdown so that it reads back as the same text: the characters that would
 * start emphasis, code, links, HTML or a tag are escaped with a backslash, and a line that would
 * start a list, a quotation or a heading is escaped at its start. Lines after the first are
 * joined with hard line breaks, indented to stay in their bullet.
 */
final class MarkdownText {
  private static final Pattern ENTITY = Pattern.compile("&(#?[A-Za-z0-9]+;)");
  private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d{1,9})([.)])");

  private MarkdownText() {}

  /**
   * The text as Markdown inline content.
   *
   * @param indent what starts each line after the first (the bullet's indentation)
   */
  static String inline(String text, String indent) {
    String[] lines = (text == null ? "" : text.strip()).split("\r\n|\r|\n", -1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        // A blank line would end the bullet: an empty line of the note is a hard break alone.
        sb.append("\\\n").append(indent);
      }
      sb.append(line(lines[i].strip()));
    }
    return sb.toString();
  }

  private static String line(String line) {
    StringBuilder sb = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean afterSpace = i == 0 || Character.isWhitespace(line.charAt(i - 1));
      if ("\\`*_[]<".indexOf(c) >= 0 || (c == '#' && afterSpace)) {
        sb.append('\\');
      }
      sb.append(c);
    }
    String s = ENTITY.matcher(sb).replaceAll("\\\\&$1");
    if (s.isEmpty()) {
      return s;
    }
    if ("-+>=|~".indexOf(s.charAt(0)) >= 0) {
      return "\\" + s;
    }
    return LIST_NUMBER.matcher(s).replaceFirst("$1\\\\$2");
  }
}
