package app.toile.versions;

import app.toile.i18n.Texts;
import app.toile.validation.FindingMessages;

/**
 * The domain's word for a field path of a change ({@code evaluation.painDepth} is "Pain depth",
 * {@code profile.geographic.city} "City", {@code header.title} "Title"), from the {@code labels}
 * bundle, with the few words of notes and of the comparison itself from the {@code versions}
 * bundle.
 */
final class FieldLabels {
  private final Texts labels;
  private final Texts words;

  FieldLabels(Texts labels, Texts words) {
    this.labels = labels;
    this.words = words;
  }

  /** The label of a field of a part; the path itself when the bundles have no word for it. */
  String of(Place.Part part, String path) {
    if (path.equals("extras") || path.endsWith(".extras")) {
      return words.get("extras");
    }
    if (part == Place.Part.NOTE) {
      return words.has("note." + path) ? words.get("note." + path) : path;
    }
    if (path.equals("order")) {
      return words.get("segment.order");
    }
    String key = FindingMessages.labelKey(path);
    String label = labels.has(key) ? labels.get(key) : path;
    return path.startsWith("market.") ? words.get("within", labels.get("market"), label) : label;
  }
}
