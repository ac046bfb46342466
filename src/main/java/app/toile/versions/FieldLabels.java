package app.toile.versions;

import app.toile.i18n.Texts;
import app.toile.model.Conquest;
import app.toile.model.Evaluation;
import java.util.stream.Stream;

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
    String key = part == Place.Part.CANVAS ? canvasKey(path) : segmentKey(path);
    String label = labels.has(key) ? labels.get(key) : path;
    return path.startsWith("market.") ? words.get("within", labels.get("market"), label) : label;
  }

  private static String canvasKey(String path) {
    String last = path.substring(path.lastIndexOf('.') + 1);
    if (path.startsWith("market.target.")) {
      return switch (last) {
        case "lifestyle" -> "psychographic.lifestyle";
        case "financialMeans" -> "market.financialMeans";
        default -> "demographic." + last;
      };
    }
    return switch (path) {
      case "freeNotes" -> "canvas.freeNotes";
      case "strategy" -> "strategy";
      default -> path;
    };
  }

  private static String segmentKey(String path) {
    String last = path.substring(path.lastIndexOf('.') + 1);
    if (path.startsWith("evaluation.")) {
      boolean score = Stream.of(Evaluation.Score.values()).anyMatch(s -> s.key().equals(last));
      return (score ? "score." : "evaluation.") + last;
    }
    if (path.startsWith("conquest.")) {
      boolean lever = Stream.of(Conquest.Lever.values()).anyMatch(l -> l.key().equals(last));
      return (lever ? "lever." : "conquest.") + last;
    }
    if (path.startsWith("profile.")) {
      return path.substring("profile.".length());
    }
    if (path.startsWith("empathyMap.")) {
      return "empathy." + last;
    }
    if (path.startsWith("distinctness.")) {
      return path;
    }
    return "segment." + last;
  }
}
