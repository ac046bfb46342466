package app.toile.export;

import app.toile.i18n.Texts;
import app.toile.model.Canvas;
import app.toile.model.Snapshot;
import app.toile.versions.Comparison;
import app.toile.versions.ComparisonText;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The optional "changes since version X" page: what changed from a version kept in the file to
 * the canvas exported, one bullet per line of the comparison, in the export's language.
 */
final class ChangesPage {
  private static final DateTimeFormatter SAVED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Snapshot since;
  private final Canvas canvas;
  private final Texts words;
  private final CanvasContent content;
  private final PageFlow flow;

  ChangesPage(Snapshot since, Canvas canvas, Texts labels, Texts texts, PageFlow flow) {
    this.since = since;
    this.canvas = canvas;
    this.words = Texts.of("versions", labels.locale());
    this.content = new CanvasContent(canvas, labels, texts);
    this.flow = flow;
  }

  void write() throws IOException {
    String name = words.get("quoted", since.name());
    String title = words.get("changes.title", name);
    flow.start(title, null, content.title(), title);
    String intro = since.savedAt() == null ? words.get("changes.intro.undated", name)
        : words.get("changes.intro", name, SAVED.format(since.savedAt()));
    flow.paragraph(intro, false, PageFlow.TEXT_SIZE, Colours.MUTED);
    flow.take(6);
    Comparison comparison = Comparison.of(since.canvas(), canvas);
    List<String> lines = new ComparisonText(comparison, words.locale()).lines();
    if (lines.isEmpty()) {
      flow.paragraph(words.get("changes.none"), false, PageFlow.TEXT_SIZE, Colours.INK);
    }
    for (String line : lines) {
      flow.bullet(line, Colours.INK);
    }
  }
}
