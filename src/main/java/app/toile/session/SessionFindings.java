package app.toile.session;

import app.toile.model.Canvas;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The latest validation of the open canvas, one per revision of the document: an edit, an undo or
 * a canvas opened is validated once, a move of the guide not at all. Sample-sized canvases
 * validate in well under a millisecond, so at once on the caller's thread; a canvas above
 * {@link #LARGE} segments and notes is validated on the injected worker, and its result
 * published only if the document is still at that revision (a stale one is dropped).
 */
public final class SessionFindings {
  /** Segments plus notes above which validation leaves the UI thread. */
  public static final int LARGE = 2_000;

  private final Document document;
  private final Executor worker;
  private final Executor ui;
  private final ReadOnlyObjectWrapper<FindingsResult> result = new ReadOnlyObjectWrapper<>(this,
      "result");
  private long validated = -1;
  private boolean validatedOpen;
  /** A result worked out before the canvas opened (the file given at launch), to use once. */
  private volatile FindingsResult ready;

  /**
   * @param document the open canvas
   * @param worker validates large canvases
   * @param ui publishes their results on the UI thread
   */
  SessionFindings(Document document, Executor worker, Executor ui) {
    this.document = document;
    this.worker = worker;
    this.ui = ui;
    document.revisionProperty().addListener(o -> validate());
    document.openProperty().addListener(o -> validate());
    validate();
  }

  // Properties

  /** The latest findings, summary and ranking, always of one and the same canvas. */
  public ReadOnlyObjectProperty<FindingsResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public FindingsResult result() {
    return result.get();
  }

  // Commands

  /**
   * Offers a result validated elsewhere before its canvas opened; used if that very canvas opens
   * next. Any thread may call it.
   */
  public void offer(FindingsResult early) {
    ready = early;
    ui.execute(this::validate);
  }

  /** Validates the current canvas, unless its revision already was. */
  void validate() {
    long revision = document.revision();
    boolean open = document.openProperty().get();
    Canvas c = document.canvas();
    FindingsResult early = ready;
    if (open && early != null && early.canvas() != c && revision != validated) {
      // Another canvas opened first: the early result will never be asked for.
      ready = null;
      early = null;
    }
    if (revision == validated && open == validatedOpen) {
      return;
    }
    if (!open) {
      publish(revision, false, FindingsResult.none(c));
    } else if (early != null && early.canvas() == c) {
      ready = null;
      publish(revision, true, early);
    } else if (c.segments().size() + c.noteCount() <= LARGE) {
      publish(revision, true, FindingsResult.of(c));
    } else {
      validated = revision;
      validatedOpen = true;
      worker.execute(() -> {
        FindingsResult r = FindingsResult.of(c);
        ui.execute(() -> {
          if (document.revision() == revision && document.openProperty().get()) {
            publish(revision, true, r);
          }
        });
      });
    }
  }

  private void publish(long revision, boolean open, FindingsResult r) {
    validated = revision;
    validatedOpen = open;
    result.set(r);
  }
}
