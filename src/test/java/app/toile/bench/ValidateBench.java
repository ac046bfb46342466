package app.toile.bench;

import app.toile.model.Canvas;
import app.toile.validation.Validator;

/** Validation's growth: ten times the canvas should cost about ten times the time, not more. */
final class ValidateBench {
  private ValidateBench() {}

  static Row row(Canvas large, Canvas small, int warmUps, int runs) throws Exception {
    // The large canvas takes the paths through the rules that the small one seldom does: the
    // compiler needs more turns before the figure stops falling.
    Interleaved.Medians medians = Interleaved.time(Interleaved.Clock.CPU, Math.max(10, warmUps),
        runs, () -> Validator.validate(large), () -> Validator.validate(small));
    return Row.timed("validate 5,000 segments / 50,000 notes", "validate 500 / 5,000", medians, 12);
  }
}
