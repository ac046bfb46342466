package app.toile.io;

import java.math.BigDecimal;

/**
 * What identifies a canvas file and the limits a file must stay within. Documented for users in
 * {@code docs/file-format.md}.
 */
public final class CanvasFormat {
  /** The value of the top-level {@code "format"} field. */
  public static final String NAME = "toile-canvas";
  /** The format version this Toile writes, and the highest it reads. */
  public static final int VERSION = 1;
  /** The file name extension of canvas files. */
  public static final String EXTENSION = ".toile.json";
  /** The suffix added to a canvas file's name to keep its previous version on save. */
  public static final String BACKUP_SUFFIX = app.toile.disk.SafeWriter.BACKUP_SUFFIX;
  /** The largest file that is read, and so the largest a save writes: 100 MB. */
  public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
  /** The deepest nesting of objects and lists. */
  public static final int MAX_DEPTH = 64;
  /** The longest text value, in characters. */
  public static final int MAX_TEXT_CHARS = 10_000_000;
  /** The longest number, in characters. */
  public static final int MAX_NUMBER_CHARS = 1_000;

  private CanvasFormat() {}

  /**
   * Whether an exact decimal, written out in full without an exponent (as the editor and the
   * export show amounts), has at most {@link #MAX_NUMBER_CHARS} digits: {@code 9e999} has 1,000,
   * {@code 1e-999} has 1,000 ({@code 0.00…1}), {@code 1e999999999} a billion.
   */
  public static boolean holdsDecimal(BigDecimal v) {
    long scale = v.scale();
    long digits = scale <= 0 ? v.precision() - scale : Math.max(v.precision(), scale + 1);
    return digits <= MAX_NUMBER_CHARS;
  }
}
