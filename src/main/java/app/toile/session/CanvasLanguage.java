package app.toile.session;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The language a canvas is written in, English or French, told from its own words: a file holds
 * no language of its own, and a French canvas opened in an English editor must still export in
 * French. Counts the small words each language cannot do without ("le", "des", "pour"; "the",
 * "and", "with") and the letters only French uses; too few of either leaves the question open.
 */
public final class CanvasLanguage {
  private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "une", "un",
      "et", "est", "pour", "avec", "sans", "dans", "sur", "qui", "que", "leur", "leurs", "nos",
      "notre", "vous", "nous", "par", "pas", "au", "aux", "ou", "ce", "cette", "ces", "sont");
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "for", "with", "without",
      "in", "to", "is", "are", "who", "that", "their", "our", "we", "you", "by", "not",
      "from", "this", "these", "an", "it", "they", "at", "or");
  private static final String FRENCH_LETTERS = "éèêëàâçîïôûùœ";
  /** Fewer hints than this, or as many for both: the canvas does not tell. */
  private static final int ENOUGH = 3;

  private CanvasLanguage() {}

  /** French or English when the canvas's words say so; empty when they do not. */
  public static Optional<Locale> of(Canvas canvas) {
    int[] score = new int[2];
    count(canvas.header().title(), score);
    count(canvas.header().designedFor(), score);
    count(canvas.freeNotes(), score);
    for (CustomerSegment s : canvas.segments()) {
      count(s.name(), score);
      count(s.description(), score);
      count(s.need(), score);
    }
    for (Block b : Block.noteBlocks()) {
      for (Note n : canvas.notes(b)) {
        count(n.text(), score);
      }
    }
    int fr = score[0];
    int en = score[1];
    if (Math.max(fr, en) < ENOUGH || fr == en) {
      return Optional.empty();
    }
    return Optional.of(fr > en ? Locale.FRENCH : Locale.ENGLISH);
  }

  /** The canvas's language, or {@code otherwise} when its words do not tell. */
  public static Locale of(Canvas canvas, Locale otherwise) {
    return of(canvas).orElse(otherwise);
  }

  private static void count(String text, int[] score) {
    if (text == null || text.isBlank()) {
      return;
    }
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (FRENCH.contains(word)) {
        score[0]++;
      } else if (ENGLISH.contains(word)) {
        score[1]++;
      }
      for (int i = 0; i < word.length(); i++) {
        if (FRENCH_LETTERS.indexOf(word.charAt(i)) >= 0) {
          score[0]++;
          break;
        }
      }
    }
  }
}
