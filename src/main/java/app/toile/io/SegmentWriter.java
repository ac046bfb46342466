package app.toile.io;

import app.toile.model.Conquest;
import app.toile.model.CustomerSegment;
import app.toile.model.Demographic;
import app.toile.model.Distinctness;
import app.toile.model.EmpathyMap;
import app.toile.model.Evaluation;
import app.toile.model.Geographic;
import app.toile.model.Profile;
import app.toile.model.Psychographic;

/** Writes one customer segment and its parts, in the order of the model's record components. */
final class SegmentWriter {
  private SegmentWriter() {}

  static JsonTree segment(CustomerSegment s) {
    return new JsonTree()
        .text("id", s.id())
        .text("name", s.name())
        .text("description", s.description())
        .text("colour", s.colour())
        .choice("customerKind", s.customerKind())
        .text("need", s.need())
        .object("profile", profile(s.profile()))
        .object("distinctness", distinctness(s.distinctness()))
        .object("evaluation", evaluation(s.evaluation()))
        .choice("status", s.status())
        .whole("customerCount", s.customerCount())
        .object("conquest", conquest(s.conquest()))
        .texts("dependsOn", s.dependsOn())
        .object("empathyMap", empathyMap(s.empathyMap()))
        .extras(s.extras());
  }

  private static JsonTree profile(Profile p) {
    return new JsonTree()
        .object("demographic", demographic(p.demographic()))
        .object("geographic", geographic(p.geographic()))
        .object("psychographic", psychographic(p.psychographic()))
        .extras(p.extras());
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

  private static JsonTree geographic(Geographic g) {
    return new JsonTree()
        .text("country", g.country())
        .text("region", g.region())
        .text("city", g.city())
        .choice("areaType", g.areaType())
        .extras(g.extras());
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

  private static JsonTree distinctness(Distinctness d) {
    return new JsonTree()
        .text("channel", d.channel())
        .text("relationship", d.relationship())
        .choice("profitability", d.profitability())
        .bool("paysForOwnVersion", d.paysForOwnVersion())
        .extras(d.extras());
  }

  private static JsonTree evaluation(Evaluation e) {
    return new JsonTree()
        .whole("painDepth", e.painDepth())
        .whole("budget", e.budget())
        .whole("reach", e.reach())
        .whole("marketSize", e.marketSize())
        .whole("value", e.value())
        .decimal("budgetAmount", e.budgetAmount())
        .text("budgetCurrency", e.budgetCurrency())
        .whole("estimatedCustomers", e.estimatedCustomers())
        .number("marketSharePercent", e.marketSharePercent())
        .choice("estimateConfidence", e.estimateConfidence())
        .text("estimateSource", e.estimateSource())
        .extras(e.extras());
  }

  private static JsonTree conquest(Conquest c) {
    return new JsonTree()
        .bool("productMarketFit", c.productMarketFit())
        .bool("retentionWorked", c.retentionWorked())
        .text("acquisition", c.acquisition())
        .text("conversion", c.conversion())
        .text("retention", c.retention())
        .text("loyalty", c.loyalty())
        .extras(c.extras());
  }

  private static JsonTree empathyMap(EmpathyMap m) {
    return new JsonTree()
        .text("says", m.says())
        .text("thinks", m.thinks())
        .text("does", m.does())
        .text("feels", m.feels())
        .text("pains", m.pains())
        .text("gains", m.gains())
        .extras(m.extras());
  }
}
