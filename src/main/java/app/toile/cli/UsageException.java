package app.toile.cli;

/** The command line was used wrongly: unknown command or option, missing argument (exit 64). */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
