package app.toile.io;

import app.toile.model.AreaType;
import app.toile.model.Demographic;
import app.toile.model.Geographic;
import app.toile.model.Profile;
import app.toile.model.Psychographic;

/** A segment's segmentation profile (demographic, geographic, psychographic) to and from JSON. */
final class ProfileMapping {
  private ProfileMapping() {}

  static Profile profile(Fields f) {
    return f == null ? null : new Profile(demographic(f.object("demographic")),
        geographic(f.object("geographic")), psychographic(f.object("psychographic")),
        f.extras());
  }

  static JsonTree profile(Profile p) {
    return new JsonTree()
        .object("demographic", demographic(p.demographic()))
        .object("geographic", geographic(p.geographic()))
        .object("psychographic", psychographic(p.psychographic()))
        .extras(p.extras());
  }

  private static Demographic demographic(Fields f) {
    return f == null ? null : new Demographic(f.whole("ageMin"), f.whole("ageMax"),
        f.text("gender"), f.text("education"), f.text("incomeBand"), f.text("familySituation"),
        f.text("other"), f.extras());
  }

  private static JsonTree demographic(Demographic d) {
    return new JsonTree()
        .whole("ageMin", d.ageMin())
        .whole("ageMax", d.ageMax())
        .text("gender", d.gender())
        .text("education", d.education())
        .text("incomeBand", d.incomeBand())
        .text("familySituation", d.familySituation())
        .text("other", d.other())
        .extras(d.extras());
  }

  private static Geographic geographic(Fields f) {
    return f == null ? null : new Geographic(f.text("country"), f.text("region"), f.text("city"),
        f.choice("areaType", AreaType.class), f.extras());
  }

  private static JsonTree geographic(Geographic g) {
    return new JsonTree()
        .text("country", g.country())
        .text("region", g.region())
        .text("city", g.city())
        .choice("areaType", g.areaType())
        .extras(g.extras());
  }

  private static Psychographic psychographic(Fields f) {
    return f == null ? null : new Psychographic(f.text("socialStatus"), f.text("lifestyle"),
        f.text("personality"), f.text("behaviour"), f.text("benefitsSought"), f.extras());
  }

  private static JsonTree psychographic(Psychographic p) {
    return new JsonTree()
        .text("socialStatus", p.socialStatus())
        .text("lifestyle", p.lifestyle())
        .text("personality", p.personality())
        .text("behaviour", p.behaviour())
        .text("benefitsSought", p.benefitsSought())
        .extras(p.extras());
  }
}
