package app.toile.validation;

import app.toile.model.Demographic;
import app.toile.model.Geographic;
import app.toile.model.Profile;
import app.toile.model.Psychographic;

/**
 * Which segmentation criteria are filled. Demographic: any field set (an age only when in range,
 * a text only when not blank). Geographic: country, region or city not blank (the area type alone
 * says nothing about where the customers are). Psychographic: any field not blank.
 */
final class Criteria {
  private Criteria() {}

  static boolean anyFilled(Profile p) {
    return demographic(p.demographic()) || geographic(p.geographic())
        || psychographic(p.psychographic());
  }

  static boolean demographic(Demographic d) {
    return Ranges.age(d.ageMin()) != null || Ranges.age(d.ageMax()) != null
        || anyText(d.gender(), d.education(), d.incomeBand(), d.familySituation(), d.other());
  }

  static boolean geographic(Geographic g) {
    return anyText(g.country(), g.region(), g.city());
  }

  static boolean psychographic(Psychographic p) {
    return anyText(p.socialStatus(), p.lifestyle(), p.personality(), p.behaviour(),
        p.benefitsSought());
  }

  private static boolean anyText(String... texts) {
    for (String t : texts) {
      if (!TextKey.isBlank(t)) {
        return true;
      }
    }
    return false;
  }
}
