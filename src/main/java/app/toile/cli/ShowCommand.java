package app.toile.cli;

import app.toile.model.Canvas;
import app.toile.versions.CanvasText;
import java.util.List;
import java.util.Optional;

/**
 * {@code toile show FILE}: the whole canvas as text, one fact a line, each line naming its block
 * and segment, so that a line diff of two such texts reads as a comparison. It is what git's
 * {@code textconv} calls, so that {@code git diff} and {@code git log -p} speak canvas (see
 * {@code docs/versions.md}).
 */
final class ShowCommand implements Command {

  @Override
  public String name() {
    return "show";
  }

  @Override
  public String arguments() {
    return "[OPTIONS] FILE";
  }

  @Override
  public String summary() {
    return "print a canvas as text, one fact a line (git's textconv for canvases)";
  }

  @Override
  public List<Option> options() {
    return List.of(VersionPick.VERSION, Option.LANG);
  }

  @Override
  public int run(Invocation invocation) {
    if (invocation.operands().size() != 1) {
      throw new UsageException("show needs exactly one FILE");
    }
    String file = invocation.operands().get(0);
    Optional<Canvas> canvas = VersionPick.read(invocation, file,
        invocation.option(VersionPick.VERSION.name()));
    if (canvas.isEmpty()) {
      return Cli.UNREADABLE;
    }
    new CanvasText(canvas.get(), invocation.locale()).lines().forEach(invocation.out()::println);
    return Cli.OK;
  }
}
