package app.toile.generate;

import java.util.Random;

/**
 * Text of realistic length for generated canvases: words drawn from a founder's vocabulary, in
 * English with some French, made into names, phrases and sentences.
 */
final class Words {
  private static final String[] NOUNS = {
    "customer", "founder", "office", "café", "roastery", "bakery", "freelancer", "startup",
    "merchant", "card", "bank", "branch", "subscription", "delivery", "bike", "courier", "city",
    "region", "student", "family", "retiree", "team", "manager", "budget", "price", "margin",
    "partner", "supplier", "workshop", "warehouse", "app", "website", "newsletter", "event",
    "fair", "review", "referral", "trial", "contract", "invoice", "payment", "loyalty", "service",
    "product", "machine", "spare part", "garage", "hotel", "restaurant", "school", "clinic",
    "pharmacy", "farm", "market", "shop", "client", "clientèle", "équipe", "boulangerie",
    "quartier", "marché", "entreprise", "commerçant", "abonnement", "coût", "fidélité"
  };
  private static final String[] ADJECTIVES = {
    "small", "local", "busy", "young", "senior", "urban", "rural", "independent", "large",
    "regional", "premium", "low-cost", "weekly", "monthly", "online", "seasonal", "loyal",
    "first-time", "demanding", "price-sensitive", "eco-minded", "remote", "nearby", "growing",
    "petit", "fidèle", "pressé", "économe"
  };
  private static final String[] VERBS = {
    "wants", "needs", "pays for", "looks for", "orders", "compares", "books", "recommends",
    "buys", "tries", "cancels", "renews", "shares", "visits", "asks for", "waits for", "avoids",
    "trusts", "chooses", "switches to"
  };
  private static final String[] LINKS = {"with", "for", "near", "before", "after", "without", "by"};
  private static final String[] FIRST_NAMES = {
    "Camille", "Léa", "Hugo", "Nadia", "Thomas", "Inès", "Karim", "Sophie", "Jules", "Amélie"
  };
  private static final String[] LAST_NAMES = {
    "Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Benali", "Lefèvre", "Nguyen", "Roux"
  };
  private static final String[] NAMES = {
    "Paris", "Lyon", "Lille", "Nantes", "Bordeaux", "Marseille", "Toulouse", "Strasbourg",
    "Rennes", "Grenoble", "Brussels", "Geneva", "Montréal", "Berlin", "Madrid"
  };

  private final Random random;

  Words(Random random) {
    this.random = random;
  }

  /** A short name such as "Busy freelancers in Lyon". */
  String name() {
    String name = capital(pick(ADJECTIVES)) + " " + plural(pick(NOUNS));
    return random.nextInt(3) == 0 ? name + " in " + pick(NAMES) : name;
  }

  /**
   * A phrase of about {@code minWords} to {@code maxWords} words, no final full stop, built as
   * founders write: who, what they do, to what, and where or with what.
   */
  String phrase(int minWords, int maxWords) {
    int target = between(minWords, maxWords);
    StringBuilder sb = new StringBuilder(capital(subject()));
    int count = sb.toString().split(" ").length;
    while (count < target) {
      String part = switch (random.nextInt(3)) {
        case 0 -> pick(VERBS) + " " + object();
        case 1 -> pick(LINKS) + " " + object();
        default -> "in " + pick(NAMES);
      };
      sb.append(' ').append(part);
      count += part.split(" ").length;
    }
    return sb.toString();
  }

  /** A person's name, such as the author of a canvas. */
  String person() {
    return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
  }

  /** One to {@code maxSentences} sentences of eight to twenty words. */
  String sentences(int maxSentences) {
    int n = between(1, maxSentences);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(phrase(8, 20)).append('.');
    }
    return sb.toString();
  }

  /** A city or place. */
  String place() {
    return pick(NAMES);
  }

  String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }

  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  private String subject() {
    return random.nextBoolean() ? pick(ADJECTIVES) + " " + plural(pick(NOUNS)) : pick(NOUNS);
  }

  private String object() {
    return random.nextBoolean() ? "the " + pick(NOUNS) : "a " + pick(ADJECTIVES) + " " + pick(NOUNS);
  }

  private static String plural(String noun) {
    return noun.endsWith("y") && !noun.endsWith("ay") ? noun.substring(0, noun.length() - 1) + "ies"
        : noun + "s";
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
