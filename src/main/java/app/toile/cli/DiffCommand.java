package app.toile.cli;

import app.toile.model.Canvas;
import app.toile.versions.Comparison;
import app.toile.versions.ComparisonText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code toile diff A B}: what changed from canvas A to canvas B, in the domain's words or as
 * JSON. {@code --from NAME} and {@code --to NAME} take a version kept in A or in B instead of its
 * current canvas; with one file, {@code toile diff FILE --from v1} compares a version with the
 * current canvas, and {@code --from v1 --to v2} two versions. Exit 0 when they are the same work,
 * 1 when they differ, 2 when a file or a version cannot be read.
 */
final class DiffCommand implements Command {
  static final Option FROM = new Option("--from", "NAME",
      "compare from the version of that name kept in the first file (also: --version)");
  static final Option TO = new Option("--to", "NAME",
      "compare to the version of that name kept in the second file (or the only one)");
  static final Option FORMAT = new Option("--format", "text|json", "output format (default: text)");

  @Override
  public String name() {
    return "diff";
  }

  @Override
  public String arguments() {
    return "[OPTIONS] A [B]";
  }

  @Override
  public String summary() {
    return "show what changed from canvas A to canvas B (exit 0 same, 1 different)";
  }

  @Override
  public List<Option> options() {
    return List.of(FROM, VersionPick.VERSION, TO, FORMAT, Option.LANG);
  }

  @Override
  public int run(Invocation invocation) {
    List<String> files = invocation.operands();
    String from = from(invocation);
    String to = invocation.option(TO.name());
    if (files.isEmpty() || files.size() > 2) {
      throw new UsageException("diff needs two files A B, or one file with --from NAME");
    }
    if (files.size() == 1 && from == null) {
      throw new UsageException("diff of one file needs --from NAME (a version it keeps)");
    }
    boolean json = json(invocation);
    Locale locale = invocation.locale();
    String a = files.get(0);
    String b = files.get(files.size() - 1);
    Optional<Canvas> before = VersionPick.read(invocation, a, from);
    Optional<Canvas> after = before.isEmpty() ? Optional.empty()
        : VersionPick.read(invocation, b, to);
    if (after.isEmpty()) {
      return Cli.UNREADABLE;
    }
    Comparison comparison = Comparison.of(before.get(), after.get());
    ComparisonText text = new ComparisonText(comparison, locale);
    if (json) {
      invocation.out().println(DiffJson.of(label(a, from), label(b, to), comparison, text));
    } else if (comparison.isEmpty()) {
      invocation.out().println(text.noChange(label(a, from), label(b, to)));
    } else {
      text.lines().forEach(invocation.out()::println);
    }
    return comparison.isEmpty() ? Cli.OK : Cli.DIFFERENT;
  }

  private static String from(Invocation invocation) {
    String from = invocation.option(FROM.name());
    String version = invocation.option(VersionPick.VERSION.name());
    if (from != null && version != null) {
      throw new UsageException("give --from or --version, not both");
    }
    return from != null ? from : version;
  }

  private static boolean json(Invocation invocation) {
    String format = invocation.option(FORMAT.name());
    if (format == null || format.equals("text")) {
      return false;
    }
    if (format.equals("json")) {
      return true;
    }
    throw new UsageException("--format must be text or json, not '" + format + "'");
  }

  /** How the output names a side: the file, and the version when one was picked. */
  private static String label(String file, String version) {
    return version == null ? file : file + " (" + version + ")";
  }
}
