package app.toile.cli;

import app.toile.i18n.Texts;
import app.toile.validation.Finding;
import app.toile.validation.FindingSummary;
import app.toile.validation.Ranking;
import app.toile.validation.Severity;
import java.io.PrintStream;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The human-readable report of {@code toile validate}: for each file, its findings grouped by
 * severity (code, target, message), the ranking of its segments and a summary line, in the user's
 * language. Files that could not be read are reported on the error stream, one line each.
 */
final class TextReport {
  static final String SUMMARY = "cli.validate.summary";
  static final String NO_FINDING = "cli.validate.noFinding";
  static final String RANKING = "cli.validate.ranking";
  static final String RANKED = "cli.validate.ranked";
  static final String NO_SCORE = "cli.validate.noScore";

  /** The keys of the {@code messages} bundle this report uses. */
  static final List<String> MESSAGE_KEYS =
      List.of(SUMMARY, NO_FINDING, RANKING, RANKED, NO_SCORE);

  private final Texts messages;
  private final Texts labels;
  private final NumberFormat score;

  TextReport(Locale locale) {
    this.messages = Texts.of("messages", locale);
    this.labels = Texts.labels(locale);
    this.score = NumberFormat.getNumberInstance(messages.locale());
    score.setMaximumFractionDigits(1);
    score.setMinimumFractionDigits(1);
  }

  void print(FileResult r, PrintStream out, PrintStream err) {
    if (!r.readable()) {
      // The reader's one line names the file and the place, like every error of the command line.
      err.println(Cli.PREFIX + r.error());
      return;
    }
    out.println(r.file());
    if (r.findings().isEmpty()) {
      out.println("  " + messages.get(NO_FINDING, r.file()));
    }
    for (Severity severity : Severity.values()) {
      List<Finding> group = r.findings().stream().filter(f -> f.severity() == severity).toList();
      if (group.isEmpty()) {
        continue;
      }
      out.println("  " + labels.of("severity", severity) + " (" + group.size() + ")");
      for (Finding f : group) {
        out.println("    " + f.code() + "  " + f.target().path());
        out.println("      " + r.messages().format(f));
      }
    }
    if (!r.ranking().entries().isEmpty()) {
      out.println("  " + messages.get(RANKING, ranking(r)));
    }
    FindingSummary s = r.summary();
    out.println("  " + messages.get(SUMMARY, s.count(Severity.ERROR), s.count(Severity.WARNING),
        s.count(Severity.INFO)));
  }

  private String ranking(FileResult r) {
    List<String> parts = new ArrayList<>();
    int place = 1;
    for (Ranking.Entry e : r.ranking().entries()) {
      String value = e.attractiveness().isPresent()
          ? score.format(e.attractiveness().getAsDouble()) : messages.get(NO_SCORE);
      parts.add(messages.get(RANKED, place++, r.messages().segmentName(e.segment().id()), value));
    }
    return String.join(", ", parts);
  }
}
