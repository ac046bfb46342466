package app.toile.disk;

/** A limit in bytes, said the way people say it: "100 MB", "64 KB", "500 bytes". */
public final class Sizes {
  private static final long KB = 1024;
  private static final long MB = KB * 1024;

  private Sizes() {}

  /** The size in whole MB or KB when it is one, else in bytes. */
  public static String of(long bytes) {
    if (bytes >= MB && bytes % MB == 0) {
      return bytes / MB + " MB";
    }
    if (bytes >= KB && bytes % KB == 0) {
      return bytes / KB + " KB";
    }
    return bytes + " bytes";
  }
}
