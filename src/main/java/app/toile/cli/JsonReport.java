package app.toile.cli;

import app.toile.io.JsonDocuments;
import app.toile.validation.Finding;
import app.toile.validation.FindingSummary;
import app.toile.validation.Ranking;
import app.toile.validation.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine-readable report of {@code toile validate --format json}, described in
 * {@code docs/validation.md}: {@code {"files": [{"file", "findings", "ranking", …}]}}, built as maps
 * and lists and written by {@link JsonDocuments}: two-space indented, one finding per line.
 */
final class JsonReport {
  private JsonReport() {}

  static String of(List<FileResult> results) {
    return JsonDocuments.pretty(Map.of("files", results.stream().map(JsonReport::file).toList()))
        + "\n";
  }

  private static Map<String, Object> file(FileResult r) {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("file", r.file());
    if (!r.readable()) {
      file.put("error", r.error());
      return file;
    }
    file.put("findings", r.findings().stream().map(f -> finding(f, r)).toList());
    List<Ranking.Entry> entries = r.ranking().entries();
    file.put("ranking", entries.stream().map(e -> e.segment().id()).toList());
    Map<String, Object> attractiveness = new LinkedHashMap<>();
    for (Ranking.Entry e : entries) {
      attractiveness.put(e.segment().id(), e.attractiveness().isPresent()
          ? JsonText.value(e.attractiveness().getAsDouble()) : null);
    }
    file.put("attractiveness", attractiveness);
    FindingSummary s = r.summary();
    Map<String, Object> summary = new LinkedHashMap<>();
    for (Severity severity : Severity.values()) {
      summary.put(severity.name().toLowerCase(Locale.ROOT), s.count(severity));
    }
    file.put("summary", summary);
    return file;
  }

  private static Map<String, Object> finding(Finding f, FileResult r) {
    Map<String, Object> finding = new LinkedHashMap<>();
    finding.put("code", f.code().name());
    finding.put("severity", f.severity().name());
    finding.put("target", f.target().path());
    putIfSet(finding, "segmentId", f.target().segmentId());
    putIfSet(finding, "noteId", f.target().noteId());
    putIfSet(finding, "field", f.target().field());
    if (!f.relatedSegmentIds().isEmpty()) {
      finding.put("relatedSegmentIds", f.relatedSegmentIds());
    }
    finding.put("message", r.messages().format(f));
    return finding;
  }

  private static void putIfSet(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
