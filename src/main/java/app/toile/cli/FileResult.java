package app.toile.cli;

import app.toile.model.Canvas;
import app.toile.validation.Finding;
import app.toile.validation.FindingMessages;
import app.toile.validation.FindingSummary;
import app.toile.validation.Ranking;
import app.toile.validation.Validator;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.Locale;

/**
 * What {@code toile validate} learnt about one file: its findings and ranking, or why it could not
 * be read.
 *
 * @param file the file as the user named it
 * @param canvas the canvas read, or null when it could not be read
 * @param findings the findings, in the validator's order (empty when unreadable)
 * @param ranking the ranking of its active segments (empty when unreadable)
 * @param messages the formatter for its findings (null when unreadable)
 * @param error why it could not be read, or null
 */
record FileResult(
    String file,
    Canvas canvas,
    List<Finding> findings,
    Ranking ranking,
    FindingMessages messages,
    String error) {

  /** Validates a canvas read from a file. */
  static FileResult of(String file, Canvas canvas, Locale locale) {
    Ranking ranking = Ranking.of(canvas);
    return new FileResult(file, canvas, Validator.validate(canvas, ranking), ranking,
        new FindingMessages(canvas, locale), null);
  }

  /** A file that could not be read. */
  static FileResult unreadable(String file, String error) {
    return new FileResult(file, null, List.of(), new Ranking(List.of()), null, error);
  }

  /**
   * A file whose reading or validation failed in a way the loader did not foresee (a bug): it is
   * reported as unreadable, in one line, and the other files of the run go on.
   *
   * @param doing what failed, as in "cannot read"
   */
  static FileResult failed(String file, String doing, RuntimeException e) {
    return unreadable(file, unexpected(file, doing, e));
  }

  /**
   * The one line for such a failure: the file, what failed and the exception, on one line. A name
   * that is no path on this system (a NUL, or {@code a<b} on Windows) is said plainly.
   */
  static String unexpected(String file, String doing, RuntimeException e) {
    if (e instanceof InvalidPathException invalid) {
      return file + ": " + doing + ": not a valid file name (" + invalid.getReason() + ")";
    }
    String what = e.getClass().getName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("[\\r\\n]+", " "));
    return file + ": " + doing + ": unexpected error (" + what + ")";
  }

  boolean readable() {
    return error == null;
  }

  FindingSummary summary() {
    return FindingSummary.of(findings);
  }

  /** This file's exit code: 2 unreadable, 1 an error finding, 0 otherwise. */
  int exitCode() {
    if (!readable()) {
      return Cli.UNREADABLE;
    }
    return summary().hasErrors() ? Cli.FINDINGS : Cli.OK;
  }
}
