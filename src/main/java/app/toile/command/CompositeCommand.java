package app.toile.command;

import app.toile.model.Canvas;
import java.util.List;

/**
 * Several commands undone and redone as one edit, under one name.
 *
 * @param descriptionKey the name of the whole edit
 * @param steps the commands, applied in order
 */
public record CompositeCommand(String descriptionKey, List<Command> steps) implements Command {

  public CompositeCommand {
    steps = List.copyOf(steps);
  }

  @Override
  public Canvas apply(Canvas canvas) {
    Canvas result = canvas;
    for (Command step : steps) {
      result = step.apply(result);
    }
    return result;
  }
}
