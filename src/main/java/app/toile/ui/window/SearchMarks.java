package app.toile.ui.window;

import app.toile.session.Search;
import app.toile.session.SearchHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * Marks the places the search found on the canvas: every note, segment card and the header that
 * hold the text, and more strongly the one stepped to. Views are rebuilt as the canvas changes,
 * so the marks are put again after each change, once the new views exist.
 */
final class SearchMarks {
  private static final PseudoClass HIT = PseudoClass.getPseudoClass("search-hit");
  private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("search-current");

  private final EditorView editor;
  private final Search search;
  private final List<Node> marked = new ArrayList<>();
  private boolean pending;

  private SearchMarks(EditorView editor, Search search) {
    this.editor = editor;
    this.search = search;
  }

  static void follow(EditorView editor, Search search) {
    SearchMarks marks = new SearchMarks(editor, search);
    search.hitsProperty().addListener(o -> marks.later());
    search.currentProperty().addListener(o -> marks.later());
  }

  private void later() {
    if (!pending) {
      pending = true;
      Platform.runLater(this::mark);
    }
  }

  private void mark() {
    pending = false;
    for (Node n : marked) {
      n.pseudoClassStateChanged(HIT, false);
      n.pseudoClassStateChanged(CURRENT, false);
    }
    marked.clear();
    SearchHit current = search.currentHit();
    for (SearchHit hit : search.hitsProperty().get()) {
      view(hit).ifPresent(n -> {
        boolean here = hit.equals(current);
        // The header holds several hits: the one stepped to wins over the others.
        if (!marked.contains(n) || here) {
          n.pseudoClassStateChanged(HIT, !here);
          n.pseudoClassStateChanged(CURRENT, here);
        }
        if (here) {
          editor.reveal(n);
        }
        marked.add(n);
      });
    }
  }

  private Optional<Node> view(SearchHit hit) {
    return switch (hit.kind()) {
      case NOTE -> editor.noteView(hit.id()).map(v -> v);
      case SEGMENT -> editor.segmentsBlock().card(hit.id()).map(v -> v);
      case HEADER -> Optional.of(editor.header());
    };
  }
}
