package app.toile.cli;

import app.toile.io.JsonDocuments;
import app.toile.model.Block;
import app.toile.model.Extras;
import app.toile.validation.Finding;
import app.toile.versions.Change;
import app.toile.versions.Comparison;
import app.toile.versions.ComparisonText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code toile diff --format json}, described in {@code docs/versions.md}: the two sides, whether
 * they are equal, and each change with its kind, place, values before and after (as the file
 * writes them: enum constants, numbers, lists of ids) and its line in the chosen language.
 */
final class DiffJson {
  private DiffJson() {}

  static String of(String before, String after, Comparison comparison, ComparisonText text) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("before", before);
    doc.put("after", after);
    doc.put("equal", comparison.isEmpty());
    doc.put("changes", comparison.changes().stream().map(c -> change(c, text)).toList());
    return JsonDocuments.pretty(doc);
  }

  private static Map<String, Object> change(Change c, ComparisonText text) {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("kind", c.kind().name());
    change.put("part", c.place().part().name());
    putIfSet(change, "block", c.place().block() == null ? null : c.place().block().key());
    putIfSet(change, "id", c.place().id());
    putIfSet(change, "field", c.place().field());
    putIfSet(change, "subject", c.subject());
    change.put("before", value(c.before()));
    change.put("after", value(c.after()));
    change.put("text", text.line(c));
    return change;
  }

  private static Object value(Object v) {
    if (v instanceof Finding f) {
      Map<String, Object> finding = new LinkedHashMap<>();
      finding.put("code", f.code().name());
      finding.put("severity", f.severity().name());
      finding.put("target", f.target().path());
      return finding;
    } else if (v instanceof Block b) {
      return b.key();
    } else if (v instanceof Enum<?> e) {
      return e.name();
    } else if (v instanceof Extras x) {
      return x.fields();
    } else if (v instanceof Double d) {
      return JsonText.value(d);
    }
    return v instanceof List<?> || v == null || v instanceof String || v instanceof Number
        || v instanceof Boolean ? v : String.valueOf(v);
  }

  private static void putIfSet(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
