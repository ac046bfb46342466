package app.toile.io;

import app.toile.model.Conquest;
import app.toile.model.CustomerKind;
import app.toile.model.CustomerSegment;
import app.toile.model.Distinctness;
import app.toile.model.EmpathyMap;
import app.toile.model.Evaluation;
import app.toile.model.Level;
import app.toile.model.SegmentStatus;
import java.util.List;

/**
 * Customer segments and their parts to and from their JSON objects (the profile in {@link
 * ProfileMapping}). A segment must have an id; every other field may be unset, and values of the
 * right JSON type load unchanged even when out of range: validation reports them.
 */
final class SegmentMapping {
  private SegmentMapping() {}

  static List<CustomerSegment> segments(List<Fields> items, IdClaims ids) {
    return items.stream().map(item -> segment(item, ids)).toList();
  }

  private static CustomerSegment segment(Fields f, IdClaims ids) {
    String id = ids.segment(f);
    return new CustomerSegment(id, f.text("name"), f.text("description"),
        f.text("colour"), f.choice("customerKind", CustomerKind.class), f.text("need"),
        ProfileMapping.profile(f.object("profile")), distinctness(f.object("distinctness")),
        evaluation(f.object("evaluation")), f.choice("status", SegmentStatus.class),
        f.wholeLong("customerCount"), conquest(f.object("conquest")),
        ids.links(f.texts("dependsOn")), empathyMap(f.object("empathyMap")), f.extras());
  }

  static JsonTree segment(CustomerSegment s) {
    return new JsonTree()
        .put("id", s.id())
        .put("name", s.name())
        .put("description", s.description())
        .put("colour", s.colour())
        .put("customerKind", s.customerKind())
        .put("need", s.need())
        .put("profile", ProfileMapping.profile(s.profile()))
        .put("distinctness", distinctness(s.distinctness()))
        .put("evaluation", evaluation(s.evaluation()))
        .put("status", s.status())
        .put("customerCount", s.customerCount())
        .put("conquest", conquest(s.conquest()))
        .put("dependsOn", s.dependsOn())
        .put("empathyMap", empathyMap(s.empathyMap()))
        .extras(s.extras());
  }

  private static Distinctness distinctness(Fields f) {
    return f == null ? null : new Distinctness(f.text("channel"), f.text("relationship"),
        f.choice("profitability", Level.class), f.bool("paysForOwnVersion"), f.extras());
  }

  private static JsonTree distinctness(Distinctness d) {
    return new JsonTree()
        .put("channel", d.channel())
        .put("relationship", d.relationship())
        .put("profitability", d.profitability())
        .put("paysForOwnVersion", d.paysForOwnVersion())
        .extras(d.extras());
  }

  private static Evaluation evaluation(Fields f) {
    return f == null ? null : new Evaluation(f.whole("painDepth"), f.whole("budget"),
        f.whole("reach"), f.whole("marketSize"), f.whole("value"), f.decimal("budgetAmount"),
        f.text("budgetCurrency"), f.wholeLong("estimatedCustomers"),
        f.number("marketSharePercent"), f.choice("estimateConfidence", Level.class),
        f.text("estimateSource"), f.extras());
  }

  private static JsonTree evaluation(Evaluation e) {
    return new JsonTree()
        .put("painDepth", e.painDepth())
        .put("budget", e.budget())
        .put("reach", e.reach())
        .put("marketSize", e.marketSize())
        .put("value", e.value())
        .put("budgetAmount", e.budgetAmount())
        .put("budgetCurrency", e.budgetCurrency())
        .put("estimatedCustomers", e.estimatedCustomers())
        .put("marketSharePercent", e.marketSharePercent())
        .put("estimateConfidence", e.estimateConfidence())
        .put("estimateSource", e.estimateSource())
        .extras(e.extras());
  }

  private static Conquest conquest(Fields f) {
    return f == null ? null : new Conquest(f.bool("productMarketFit"), f.bool("retentionWorked"),
        f.text("acquisition"), f.text("conversion"), f.text("retention"), f.text("loyalty"),
        f.extras());
  }

  private static JsonTree conquest(Conquest c) {
    return new JsonTree()
        .put("productMarketFit", c.productMarketFit())
        .put("retentionWorked", c.retentionWorked())
        .put("acquisition", c.acquisition())
        .put("conversion", c.conversion())
        .put("retention", c.retention())
        .put("loyalty", c.loyalty())
        .extras(c.extras());
  }

  private static EmpathyMap empathyMap(Fields f) {
    return f == null ? null : new EmpathyMap(f.text("says"), f.text("thinks"), f.text("does"),
        f.text("feels"), f.text("pains"), f.text("gains"), f.extras());
  }

  private static JsonTree empathyMap(EmpathyMap m) {
    return new JsonTree()
        .put("says", m.says())
        .put("thinks", m.thinks())
        .put("does", m.does())
        .put("feels", m.feels())
        .put("pains", m.pains())
        .put("gains", m.gains())
        .extras(m.extras());
  }
}
