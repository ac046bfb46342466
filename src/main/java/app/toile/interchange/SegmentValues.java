package app.toile.interchange;

import app.toile.interchange.SegmentValue.Group;
import app.toile.interchange.SegmentValue.Kind;
import app.toile.model.AreaType;
import app.toile.model.Conquest.Lever;
import app.toile.model.CustomerKind;
import app.toile.model.CustomerSegment;
import app.toile.model.EmpathyMap.Part;
import app.toile.model.Evaluation.Score;
import app.toile.model.Level;
import app.toile.model.SegmentStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Every field of a customer segment that the open formats carry, in the order of the segments
 * table: the segment itself, its profile, its distinctness, its evaluation, its place in the
 * conquest plan, its links and its empathy map. Its id is the table's first column, kept apart.
 */
final class SegmentValues {
  /** Every field, in column order. */
  static final List<SegmentValue> ALL = List.of(
      new SegmentValue("name", "segment.name", null, Kind.TEXT, List.of(), null,
          s -> s.name(),
          (s, v) -> s.withName((String) v)),
      new SegmentValue("description", "segment.description", null, Kind.TEXT, List.of(), null,
          s -> s.description(),
          (s, v) -> s.withDescription((String) v)),
      new SegmentValue("colour", "segment.colour", null, Kind.TEXT, List.of(), null,
          s -> s.colour(),
          (s, v) -> s.withColour((String) v)),
      new SegmentValue("customerKind", "segment.customerKind", null, Kind.CHOICE, List.of(CustomerKind.values()), "customerKind",
          s -> s.customerKind(),
          (s, v) -> s.withCustomerKind((CustomerKind) v)),
      new SegmentValue("need", "segment.need", Group.NEED, Kind.TEXT, List.of(), null,
          s -> s.need(),
          (s, v) -> s.withNeed((String) v)),
      new SegmentValue("ageMin", "demographic.ageMin", Group.PROFILE, Kind.WHOLE, List.of(), null,
          s -> s.profile().demographic().ageMin(),
          (s, v) -> s.withProfile(s.profile().withDemographic(s.profile().demographic().withAgeMin((Integer) v)))),
      new SegmentValue("ageMax", "demographic.ageMax", Group.PROFILE, Kind.WHOLE, List.of(), null,
          s -> s.profile().demographic().ageMax(),
          (s, v) -> s.withProfile(s.profile().withDemographic(s.profile().demographic().withAgeMax((Integer) v)))),
      new SegmentValue("gender", "demographic.gender", Group.PROFILE, Kind.TEXT, List.of(), null,
          s -> s.profile().demographic().gender(),
          (s, v) -> s.withProfile(s.profile().withDemographic(s.profile().demographic().withGender((String) v)))),
      new SegmentValue("education", "demographic.education", Group.PROFILE, Kind.TEXT, List.of(), null,
          s -> s.profile().demographic().education(),
          (s, v) -> s.withProfile(s.profile().withDemographic(s.profile().demographic().withEducation((String) v)))),
      new SegmentValue("incomeBand", "demographic.incomeBand", Group.PROFILE, Kind.TEXT, List.of(), null,
          s -> s.profile().demographic().incomeBand(),
          (s, v) -> s.withProfile(s.profile().withDemographic(s.profile().demographic().withIncomeBand((String) v)))),
      new SegmentValue("familySituation", "demographic.familySituation", Group.PROFILE, Kind.TEXT, List.of(), null,
          s -> s.profile().demographic().familySituation(),
          (s, v) -> s.withProfile(s.profile().withDemographic(s.profile().demographic().withFamilySituation((String) v)))),
      new SegmentValue("otherDemographic", "demographic.other", Group.PROFILE, Kind.TEXT, List.of(), null,
          s -> s.profile().demographic().other(),
          (s, v) -> s.withProfile(s.profile().withDemographic(s.profile().demographic().withOther((String) v)))),
      new SegmentValue("country", "geographic.country", Group.PROFILE, Kind.TEXT, List.of(), null,
          s -> s.profile().geographic().country(),
          (s, v) -> s.withProfile(s.profile().withGeographic(s.profile().geographic().withCountry((String) v)))),
      new SegmentValue("region", "geographic.region", Group.PROFILE, Kind.TEXT, List.of(), null,
          s -> s.profile().geographic().region(),
          (s, v) -> s.withProfile(s.profile().withGeographic(s.profile().geographic().withRegion((String) v)))),
      new SegmentValue("city", "geographic.city", Group.PROFILE, Kind.TEXT, List.of(), null,
          s -> s.profile().geographic().city(),
          (s, v) -> s.withProfile(s.profile().withGeographic(s.profile().geographic().withCity((String) v)))),
      new SegmentValue("areaType", "geographic.areaType", Group.PROFILE, Kind.CHOICE, List.of(AreaType.values()), "areaType",
          s -> s.profile().geographic().areaType(),
          (s, v) -> s.withProfile(s.profile().withGeographic(s.profile().geographic().withAreaType((AreaType) v)))),
      new SegmentValue("socialStatus", "psychographic.socialStatus", Group.PROFILE, Kind.TEXT, List.of(), null,
          s -> s.profile().psychographic().socialStatus(),
          (s, v) -> s.withProfile(s.profile().withPsychographic(s.profile().psychographic().withSocialStatus((String) v)))),
      new SegmentValue("lifestyle", "psychographic.lifestyle", Group.PROFILE, Kind.TEXT, List.of(), null,
          s -> s.profile().psychographic().lifestyle(),
          (s, v) -> s.withProfile(s.profile().withPsychographic(s.profile().psychographic().withLifestyle((String) v)))),
      new SegmentValue("personality", "psychographic.personality", Group.PROFILE, Kind.TEXT, List.of(), null,
          s -> s.profile().psychographic().personality(),
          (s, v) -> s.withProfile(s.profile().withPsychographic(s.profile().psychographic().withPersonality((String) v)))),
      new SegmentValue("behaviour", "psychographic.behaviour", Group.PROFILE, Kind.TEXT, List.of(), null,
          s -> s.profile().psychographic().behaviour(),
          (s, v) -> s.withProfile(s.profile().withPsychographic(s.profile().psychographic().withBehaviour((String) v)))),
      new SegmentValue("benefitsSought", "psychographic.benefitsSought", Group.PROFILE, Kind.TEXT, List.of(), null,
          s -> s.profile().psychographic().benefitsSought(),
          (s, v) -> s.withProfile(s.profile().withPsychographic(s.profile().psychographic().withBenefitsSought((String) v)))),
      new SegmentValue("channel", "distinctness.channel", null, Kind.TEXT, List.of(), null,
          s -> s.distinctness().channel(),
          (s, v) -> s.withDistinctness(s.distinctness().withChannel((String) v))),
      new SegmentValue("relationship", "distinctness.relationship", null, Kind.TEXT, List.of(), null,
          s -> s.distinctness().relationship(),
          (s, v) -> s.withDistinctness(s.distinctness().withRelationship((String) v))),
      new SegmentValue("profitability", "distinctness.profitability", null, Kind.CHOICE, List.of(Level.values()), "level",
          s -> s.distinctness().profitability(),
          (s, v) -> s.withDistinctness(s.distinctness().withProfitability((Level) v))),
      new SegmentValue("paysForOwnVersion", "distinctness.paysForOwnVersion", null, Kind.YES_NO, List.of(), null,
          s -> s.distinctness().paysForOwnVersion(),
          (s, v) -> s.withDistinctness(s.distinctness().withPaysForOwnVersion((Boolean) v))),
      new SegmentValue("painDepth", "score.painDepth", Group.SCORES, Kind.WHOLE, List.of(), null,
          s -> s.evaluation().score(Score.PAIN_DEPTH),
          (s, v) -> s.withEvaluation(s.evaluation().withScore(Score.PAIN_DEPTH, (Integer) v))),
      new SegmentValue("budget", "score.budget", Group.SCORES, Kind.WHOLE, List.of(), null,
          s -> s.evaluation().score(Score.BUDGET),
          (s, v) -> s.withEvaluation(s.evaluation().withScore(Score.BUDGET, (Integer) v))),
      new SegmentValue("reach", "score.reach", Group.SCORES, Kind.WHOLE, List.of(), null,
          s -> s.evaluation().score(Score.REACH),
          (s, v) -> s.withEvaluation(s.evaluation().withScore(Score.REACH, (Integer) v))),
      new SegmentValue("marketSize", "score.marketSize", Group.SCORES, Kind.WHOLE, List.of(), null,
          s -> s.evaluation().score(Score.MARKET_SIZE),
          (s, v) -> s.withEvaluation(s.evaluation().withScore(Score.MARKET_SIZE, (Integer) v))),
      new SegmentValue("value", "score.value", Group.SCORES, Kind.WHOLE, List.of(), null,
          s -> s.evaluation().score(Score.VALUE),
          (s, v) -> s.withEvaluation(s.evaluation().withScore(Score.VALUE, (Integer) v))),
      new SegmentValue("budgetAmount", "evaluation.budgetAmount", null, Kind.DECIMAL, List.of(), null,
          s -> s.evaluation().budgetAmount(),
          (s, v) -> s.withEvaluation(s.evaluation().withBudgetAmount((BigDecimal) v))),
      new SegmentValue("budgetCurrency", "evaluation.budgetCurrency", null, Kind.TEXT, List.of(), null,
          s -> s.evaluation().budgetCurrency(),
          (s, v) -> s.withEvaluation(s.evaluation().withBudgetCurrency((String) v))),
      new SegmentValue("estimatedCustomers", "evaluation.estimatedCustomers", null, Kind.COUNT, List.of(), null,
          s -> s.evaluation().estimatedCustomers(),
          (s, v) -> s.withEvaluation(s.evaluation().withEstimatedCustomers((Long) v))),
      new SegmentValue("marketSharePercent", "evaluation.marketSharePercent", null, Kind.NUMBER, List.of(), null,
          s -> s.evaluation().marketSharePercent(),
          (s, v) -> s.withEvaluation(s.evaluation().withMarketSharePercent((Double) v))),
      new SegmentValue("estimateConfidence", "evaluation.estimateConfidence", null, Kind.CHOICE, List.of(Level.values()), "level",
          s -> s.evaluation().estimateConfidence(),
          (s, v) -> s.withEvaluation(s.evaluation().withEstimateConfidence((Level) v))),
      new SegmentValue("estimateSource", "evaluation.estimateSource", null, Kind.TEXT, List.of(), null,
          s -> s.evaluation().estimateSource(),
          (s, v) -> s.withEvaluation(s.evaluation().withEstimateSource((String) v))),
      new SegmentValue("status", "segment.status", Group.STATUS, Kind.CHOICE, List.of(SegmentStatus.values()), "status",
          s -> s.status(),
          (s, v) -> s.withStatus((SegmentStatus) v)),
      new SegmentValue("customerCount", "segment.customerCount", null, Kind.COUNT, List.of(), null,
          s -> s.customerCount(),
          (s, v) -> s.withCustomerCount((Long) v)),
      new SegmentValue("productMarketFit", "conquest.productMarketFit", null, Kind.YES_NO, List.of(), null,
          s -> s.conquest().productMarketFit(),
          (s, v) -> s.withConquest(s.conquest().withProductMarketFit((Boolean) v))),
      new SegmentValue("retentionWorked", "conquest.retentionWorked", null, Kind.YES_NO, List.of(), null,
          s -> s.conquest().retentionWorked(),
          (s, v) -> s.withConquest(s.conquest().withRetentionWorked((Boolean) v))),
      new SegmentValue("acquisition", "lever.acquisition", null, Kind.TEXT, List.of(), null,
          s -> s.conquest().plan(Lever.ACQUISITION),
          (s, v) -> s.withConquest(s.conquest().withPlan(Lever.ACQUISITION, (String) v))),
      new SegmentValue("conversion", "lever.conversion", null, Kind.TEXT, List.of(), null,
          s -> s.conquest().plan(Lever.CONVERSION),
          (s, v) -> s.withConquest(s.conquest().withPlan(Lever.CONVERSION, (String) v))),
      new SegmentValue("retention", "lever.retention", null, Kind.TEXT, List.of(), null,
          s -> s.conquest().plan(Lever.RETENTION),
          (s, v) -> s.withConquest(s.conquest().withPlan(Lever.RETENTION, (String) v))),
      new SegmentValue("loyalty", "lever.loyalty", null, Kind.TEXT, List.of(), null,
          s -> s.conquest().plan(Lever.LOYALTY),
          (s, v) -> s.withConquest(s.conquest().withPlan(Lever.LOYALTY, (String) v))),
      new SegmentValue("dependsOn", "segment.dependsOn", null, Kind.IDS, List.of(), null,
          s -> s.dependsOn().isEmpty() ? null : s.dependsOn(),
          (s, v) -> s.withDependsOn(ids(v))),
      new SegmentValue("says", "empathy.says", null, Kind.TEXT, List.of(), null,
          s -> s.empathyMap().part(Part.SAYS),
          (s, v) -> s.withEmpathyMap(s.empathyMap().withPart(Part.SAYS, (String) v))),
      new SegmentValue("thinks", "empathy.thinks", null, Kind.TEXT, List.of(), null,
          s -> s.empathyMap().part(Part.THINKS),
          (s, v) -> s.withEmpathyMap(s.empathyMap().withPart(Part.THINKS, (String) v))),
      new SegmentValue("does", "empathy.does", null, Kind.TEXT, List.of(), null,
          s -> s.empathyMap().part(Part.DOES),
          (s, v) -> s.withEmpathyMap(s.empathyMap().withPart(Part.DOES, (String) v))),
      new SegmentValue("feels", "empathy.feels", null, Kind.TEXT, List.of(), null,
          s -> s.empathyMap().part(Part.FEELS),
          (s, v) -> s.withEmpathyMap(s.empathyMap().withPart(Part.FEELS, (String) v))),
      new SegmentValue("pains", "empathy.pains", null, Kind.TEXT, List.of(), null,
          s -> s.empathyMap().part(Part.PAINS),
          (s, v) -> s.withEmpathyMap(s.empathyMap().withPart(Part.PAINS, (String) v))),
      new SegmentValue("gains", "empathy.gains", null, Kind.TEXT, List.of(), null,
          s -> s.empathyMap().part(Part.GAINS),
          (s, v) -> s.withEmpathyMap(s.empathyMap().withPart(Part.GAINS, (String) v))));

  private SegmentValues() {}

  /** The fields Markdown lists in a group, in order. */
  static List<SegmentValue> of(Group group) {
    List<SegmentValue> list = new ArrayList<>();
    for (SegmentValue v : ALL) {
      if (v.group() == group) {
        list.add(v);
      }
    }
    return list;
  }

  /** The field with this column name (any case), or null. */
  static SegmentValue byKey(String key) {
    for (SegmentValue v : ALL) {
      if (v.key().equalsIgnoreCase(key.strip())) {
        return v;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static List<String> ids(Object v) {
    return (List<String>) v;
  }
}
