package app.toile.cli;

import app.toile.validation.Finding;
import app.toile.validation.FindingSummary;
import app.toile.validation.Ranking;
import app.toile.validation.Severity;
import java.util.List;
import java.util.Locale;

/**
 * The machine-readable report of {@code toile validate --format json}, described in
 * {@code docs/validation.md}: {@code {"files": [{"file", "findings", "ranking", …}]}}, two-space
 * indented, one finding per line.
 */
final class JsonReport {
  private JsonReport() {}

  static String of(List<FileResult> results) {
    StringBuilder sb = new StringBuilder("{\n  \"files\": [");
    for (int i = 0; i < results.size(); i++) {
      sb.append(i == 0 ? "\n" : ",\n");
      file(results.get(i), sb);
    }
    sb.append(results.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return sb.toString();
  }

  private static void file(FileResult r, StringBuilder sb) {
    sb.append("    {\n      \"file\": ").append(JsonText.string(r.file()));
    if (!r.readable()) {
      sb.append(",\n      \"error\": ").append(JsonText.string(r.error())).append("\n    }");
      return;
    }
    sb.append(",\n      \"findings\": [");
    List<Finding> findings = r.findings();
    for (int i = 0; i < findings.size(); i++) {
      sb.append(i == 0 ? "\n        " : ",\n        ");
      finding(findings.get(i), r, sb);
    }
    sb.append(findings.isEmpty() ? "]" : "\n      ]");
    sb.append(",\n      \"ranking\": [");
    List<Ranking.Entry> entries = r.ranking().entries();
    for (int i = 0; i < entries.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(JsonText.string(entries.get(i).segment().id()));
    }
    sb.append("],\n      \"attractiveness\": {");
    for (int i = 0; i < entries.size(); i++) {
      Ranking.Entry e = entries.get(i);
      sb.append(i == 0 ? "" : ", ").append(JsonText.string(e.segment().id())).append(": ")
          .append(e.attractiveness().isPresent()
              ? JsonText.number(e.attractiveness().getAsDouble()) : "null");
    }
    FindingSummary s = r.summary();
    sb.append("},\n      \"summary\": {");
    Severity[] all = Severity.values();
    for (int i = 0; i < all.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(JsonText.string(all[i].name().toLowerCase(Locale.ROOT)))
          .append(": ").append(s.count(all[i]));
    }
    sb.append("}\n    }");
  }

  private static void finding(Finding f, FileResult r, StringBuilder sb) {
    sb.append("{\"code\": ").append(JsonText.string(f.code().name()))
        .append(", \"severity\": ").append(JsonText.string(f.severity().name()))
        .append(", \"target\": ").append(JsonText.string(f.target().path()));
    if (f.target().segmentId() != null) {
      sb.append(", \"segmentId\": ").append(JsonText.string(f.target().segmentId()));
    }
    if (f.target().noteId() != null) {
      sb.append(", \"noteId\": ").append(JsonText.string(f.target().noteId()));
    }
    if (f.target().field() != null) {
      sb.append(", \"field\": ").append(JsonText.string(f.target().field()));
    }
    if (!f.relatedSegmentIds().isEmpty()) {
      sb.append(", \"relatedSegmentIds\": [");
      for (int i = 0; i < f.relatedSegmentIds().size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(JsonText.string(f.relatedSegmentIds().get(i)));
      }
      sb.append(']');
    }
    sb.append(", \"message\": ").append(JsonText.string(r.messages().format(f))).append('}');
  }
}
