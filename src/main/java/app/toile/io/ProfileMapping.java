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
        .put("demographic", demographic(p.demographic()))
        .put("geographic", geographic(p.geographic()))
        .put("psychographic", psychographic(p.psychographic()))
        .extras(p.extras());
  }

  private static Demographic demographic(Fields f) {
    return f == null ? null : new Demographic(f.whole("ageMin"), f.whole("ageMax"),
        f.text("gender"), f.text("education"), f.text("incomeBand"), f.text("familySituation"),
        f.text("other"), f.extras());
  }

  private static JsonTree demographic(Demographic d) {
    return new JsonTree()
        .put("ageMin", d.ageMin())
        .put("ageMax", d.ageMax())
        .put("gender", d.gender())
        .put("education", d.education())
        .put("incomeBand", d.incomeBand())
        .put("familySituation", d.familySituation())
        .put("other", d.other())
        .extras(d.extras());
  }

  private static Geographic geographic(Fields f) {
    return f == null ? null : new Geographic(f.text("country"), f.text("region"), f.text("city"),
        f.choice("areaType", AreaType.class), f.extras());
  }

  private static JsonTree geographic(Geographic g) {
    return new JsonTree()
        .put("country", g.country())
        .put("region", g.region())
        .put("city", g.city())
        .put("areaType", g.areaType())
        .extras(g.extras());
  }

  private static Psychographic psychographic(Fields f) {
    return f == null ? null : new Psychographic(f.text("socialStatus"), f.text("lifestyle"),
        f.text("personality"), f.text("behaviour"), f.text("benefitsSought"), f.extras());
  }

  private static JsonTree psychographic(Psychographic p) {
    return new JsonTree()
        .put("socialStatus", p.socialStatus())
        .put("lifestyle", p.lifestyle())
        .put("personality", p.personality())
        .put("behaviour", p.behaviour())
        .put("benefitsSought", p.benefitsSought())
        .extras(p.extras());
  }
}
