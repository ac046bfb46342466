package app.toile.interchange;

import app.toile.i18n.Texts;
import app.toile.model.Block;
import app.toile.validation.TextKey;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names a block goes by in the files other tools write: its English and French names, as the
 * editor shows them, and the usual variants ("Key Partnerships", "Sources de revenus"...).
 * Headings are compared by their text key (case, accents and surrounding punctuation aside), so
 * {@code ## 🤝 KEY PARTNERS:} names Key Partners.
 */
public final class BlockNames {
  private static final Map<String, Block> NAMES = names();

  private BlockNames() {}

  /** The block's name in a language, as the editor shows it. */
  public static String of(Block block, Locale locale) {
    return Texts.labels(locale).get("block." + block.key() + ".name");
  }

  /** The block a heading or a cell names, or null. */
  public static Block find(String text) {
    return text == null ? null : NAMES.get(key(text));
  }

  /** A text's key: letters and digits only, words separated by one space, no accent, lower case. */
  static String key(String text) {
    String k = TextKey.of(text);
    if (k == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(k.length());
    boolean space = false;
    for (int i = 0; i < k.length(); ) {
      int cp = k.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.appendCodePoint(cp);
      } else {
        space = true;
      }
    }
    return sb.toString();
  }

  private static Map<String, Block> names() {
    Map<String, Block> map = new HashMap<>();
    for (Block b : Block.values()) {
      for (Locale l : List.of(Locale.ENGLISH, Locale.FRENCH)) {
        map.put(key(of(b, l)), b);
      }
      map.put(key(b.key().replaceAll("([A-Z])", " $1")), b);
    }
    alias(map, Block.KEY_PARTNERS, "Key Partnerships", "Partners", "Partnerships", "Key Partner",
        "Partenaires", "Partenaires clefs", "Partenariats clés", "Partenaire clé");
    alias(map, Block.KEY_ACTIVITIES, "Key Activity", "Activities", "Activités", "Activités clefs",
        "Activité clé");
    alias(map, Block.KEY_RESOURCES, "Key Resource", "Resources", "Ressources",
        "Ressources clefs", "Ressource clé");
    alias(map, Block.VALUE_PROPOSITIONS, "Value Proposition", "Value Props", "Value",
        "Proposition de valeur", "Propositions de valeur", "Offre");
    alias(map, Block.CUSTOMER_RELATIONSHIPS, "Customer Relationship", "Relationships",
        "Customer Relations", "Relation client", "Relations client", "Relation clients",
        "Relations avec les clients");
    alias(map, Block.CHANNELS, "Channel", "Distribution Channels", "Canal", "Canaux de distribution");
    alias(map, Block.CUSTOMER_SEGMENTS, "Customer Segment", "Segments", "Customers",
        "Segments clients", "Segment de clientèle", "Segments de clients", "Clients");
    alias(map, Block.COST_STRUCTURE, "Cost Structures", "Costs", "Cost", "Structure des coûts",
        "Coûts", "Structure de coût");
    alias(map, Block.REVENUE_STREAMS, "Revenue Stream", "Revenue", "Revenues", "Revenue Model",
        "Flux de revenu", "Sources de revenus", "Revenus", "Flux de revenus");
    return map;
  }

  private static void alias(Map<String, Block> map, Block block, String... names) {
    for (String n : names) {
      map.put(key(n), block);
    }
  }
}
