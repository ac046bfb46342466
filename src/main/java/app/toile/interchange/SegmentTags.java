package app.toile.interchange;

import app.toile.model.CustomerSegment;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tag that marks, in Markdown, the notes serving a segment: its name in lower case, words
 * joined by hyphens ({@code #freelancers-in-paris}), as Obsidian and other note tools write tags.
 * Two segments whose names give the same tag are told apart by a number ({@code -2}), in segment
 * order, so the same segments always give the same tags.
 */
final class SegmentTags {
  private SegmentTags() {}

  /** Segment id to its tag (without the {@code #}), in segment order. */
  static Map<String, String> of(List<CustomerSegment> segments) {
    Map<String, String> tags = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < segments.size(); i++) {
      String base = slug(segments.get(i).name(), i + 1);
      String tag = base;
      for (int n = 2; !taken.add(tag); n++) {
        tag = base + "-" + n;
      }
      tags.put(segments.get(i).id(), tag);
    }
    return tags;
  }

  /** Letters and digits of the name, lower case, other runs made one hyphen. */
  static String slug(String name, int position) {
    String n = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    boolean gap = false;
    boolean letter = false;
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (gap && sb.length() > 0) {
          sb.append('-');
        }
        gap = false;
        letter |= Character.isLetter(cp);
        sb.appendCodePoint(cp);
      } else {
        gap = true;
      }
    }
    // A tag of digits only is no tag for Obsidian.
    return letter ? sb.toString() : "segment-" + position;
  }
}
