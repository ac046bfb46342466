package app.toile;

/** The version of Toile, as written in the jar's manifest. */
public final class Version {
  private Version() {}

  /** The version string, or "dev" when running from classes. */
  public static String get() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
