package app.toile.bench;

import java.util.Random;

/**
 * Text that reads like a long note: words of two to twelve letters, some accented, in sentences,
 * and a paragraph break now and then. The same seed gives the same text.
 */
final class Prose {
  private static final String[] WORDS = ("le client paie une fois par mois pour un bureau calme "
      + "réservé en trente secondes près de la gare, avec une prise, du café correct et une "
      + "assistance qui répond vite; the partners bring rooms that stand empty during the day, "
      + "and the commission pays for the application, its support and the growth of the network")
      .split(" ");

  private Prose() {}

  static String of(int chars, long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder(chars + 16);
    boolean sentenceStart = true;
    while (text.length() < chars) {
      String word = WORDS[random.nextInt(WORDS.length)];
      text.append(sentenceStart ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
      sentenceStart = random.nextInt(12) == 0;
      if (sentenceStart) {
        text.append(random.nextInt(8) == 0 ? ".\n\n" : ". ");
      } else {
        text.append(' ');
      }
    }
    text.setLength(chars);
    return text.toString();
  }
}
