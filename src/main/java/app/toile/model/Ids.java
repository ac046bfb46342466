package app.toile.model;

import java.security.SecureRandom;

/** Makes short random ids for segments and notes; ids never change once given. */
public final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

  private Ids() {}

  /** A new id such as {@code seg-k3x9q2mf}. */
  public static String newId(String prefix) {
    StringBuilder sb = new StringBuilder(prefix).append('-');
    for (int i = 0; i < 8; i++) {
      sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return sb.toString();
  }

  public static String newSegmentId() {
    return newId("seg");
  }

  public static String newNoteId() {
    return newId("note");
  }
}
