package app.toile.cli;

import app.toile.model.Canvas;
import app.toile.model.Snapshot;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A canvas named on the command line: a file's current canvas, or one of its versions by name
 * ({@code --version NAME}). A file that cannot be read, or that has no version of that name, is
 * said in one line on stderr (the names it has, when it has any) and gives nothing: the command
 * then exits with {@link Cli#UNREADABLE}.
 */
final class VersionPick {
  /** The option that picks a version of a file instead of its current canvas. */
  static final Option VERSION = new Option("--version", "NAME",
      "use the version (snapshot) of that name kept in the file, not its current canvas");

  private VersionPick() {}

  /** The file's current canvas, or its version of that name when one is asked (not null). */
  static Optional<Canvas> read(Invocation invocation, String file, String version) {
    Optional<Canvas> canvas;
    try {
      canvas = invocation.readCanvas(file);
    } catch (RuntimeException e) {
      // A bug, or a name that is no path here: still one line, like any unreadable file.
      invocation.err().println(Cli.PREFIX + FileResult.unexpected(file, "cannot read", e));
      return Optional.empty();
    }
    return canvas.flatMap(c -> pick(invocation, file, c, version));
  }

  /** The canvas itself, or its version of that name when one is asked (not null). */
  static Optional<Canvas> pick(Invocation invocation, String file, Canvas canvas,
      String version) {
    return version == null ? Optional.of(canvas)
        : snapshot(invocation, file, canvas, version).map(Snapshot::canvas);
  }

  /** The version of that name kept in a file's canvas; when there is none, says so on stderr. */
  static Optional<Snapshot> snapshot(Invocation invocation, String file, Canvas canvas,
      String version) {
    Optional<Snapshot> snapshot = canvas.snapshot(version);
    if (snapshot.isEmpty()) {
      invocation.err().println(Cli.PREFIX + file + ": no version named \"" + version + "\"; "
          + names(canvas));
    }
    return snapshot;
  }

  private static String names(Canvas canvas) {
    if (canvas.snapshots().isEmpty()) {
      return "the file keeps no versions";
    }
    return "its versions are " + canvas.snapshots().stream().map(s -> "\"" + s.name() + "\"")
        .collect(Collectors.joining(", "));
  }
}
