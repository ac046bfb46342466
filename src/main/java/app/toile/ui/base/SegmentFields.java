package app.toile.ui.base;

import app.toile.model.AreaType;
import app.toile.model.Conquest;
import app.toile.model.CustomerKind;
import app.toile.model.CustomerSegment;
import app.toile.model.Demographic;
import app.toile.model.Distinctness;
import app.toile.model.EmpathyMap;
import app.toile.model.Evaluation;
import app.toile.model.Geographic;
import app.toile.model.Level;
import app.toile.model.Psychographic;
import app.toile.model.SegmentStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Every field of a customer segment that the editor edits, section by section. */
public final class SegmentFields {
  private SegmentFields() {}

  public static final SegmentField<String> NAME = top("name", String.class,
      CustomerSegment::name, CustomerSegment::withName);
  public static final SegmentField<String> DESCRIPTION = top("description", String.class,
      CustomerSegment::description, CustomerSegment::withDescription);
  public static final SegmentField<String> COLOUR = top("colour", String.class,
      CustomerSegment::colour, CustomerSegment::withColour);
  public static final SegmentField<CustomerKind> CUSTOMER_KIND = top("customerKind",
      CustomerKind.class, CustomerSegment::customerKind, CustomerSegment::withCustomerKind);
  public static final SegmentField<String> NEED = top("need", String.class,
      CustomerSegment::need, CustomerSegment::withNeed);

  public static final SegmentField<Integer> AGE_MIN = demographic("ageMin", Integer.class,
      Demographic::ageMin, Demographic::withAgeMin);
  public static final SegmentField<Integer> AGE_MAX = demographic("ageMax", Integer.class,
      Demographic::ageMax, Demographic::withAgeMax);
  public static final List<SegmentField<String>> DEMOGRAPHIC_TEXTS = List.of(
      demographic("gender", String.class, Demographic::gender, Demographic::withGender),
      demographic("education", String.class, Demographic::education, Demographic::withEducation),
      demographic("incomeBand", String.class, Demographic::incomeBand, Demographic::withIncomeBand),
      demographic("familySituation", String.class, Demographic::familySituation,
          Demographic::withFamilySituation),
      demographic("other", String.class, Demographic::other, Demographic::withOther));

  public static final List<SegmentField<String>> GEOGRAPHIC_TEXTS = List.of(
      geographic("country", String.class, Geographic::country, Geographic::withCountry),
      geographic("region", String.class, Geographic::region, Geographic::withRegion),
      geographic("city", String.class, Geographic::city, Geographic::withCity));
  public static final SegmentField<AreaType> AREA_TYPE = geographic("areaType", AreaType.class,
      Geographic::areaType, Geographic::withAreaType);

  public static final List<SegmentField<String>> PSYCHOGRAPHIC_TEXTS = List.of(
      psychographic("socialStatus", Psychographic::socialStatus, Psychographic::withSocialStatus),
      psychographic("lifestyle", Psychographic::lifestyle, Psychographic::withLifestyle),
      psychographic("personality", Psychographic::personality, Psychographic::withPersonality),
      psychographic("behaviour", Psychographic::behaviour, Psychographic::withBehaviour),
      psychographic("benefitsSought", Psychographic::benefitsSought,
          Psychographic::withBenefitsSought));

  public static final SegmentField<String> CHANNEL = distinctness("channel", String.class,
      Distinctness::channel, Distinctness::withChannel);
  public static final SegmentField<String> RELATIONSHIP = distinctness("relationship",
      String.class, Distinctness::relationship, Distinctness::withRelationship);
  public static final SegmentField<Level> PROFITABILITY = distinctness("profitability",
      Level.class, Distinctness::profitability, Distinctness::withProfitability);
  public static final SegmentField<Boolean> PAYS_FOR_OWN_VERSION = distinctness(
      "paysForOwnVersion", Boolean.class, Distinctness::paysForOwnVersion,
      Distinctness::withPaysForOwnVersion);

  public static final List<SegmentField<Integer>> SCORES = Arrays.stream(Evaluation.Score.values())
      .map(SegmentFields::score).toList();
  public static final SegmentField<BigDecimal> BUDGET_AMOUNT = evaluation("budgetAmount",
      BigDecimal.class, Evaluation::budgetAmount, Evaluation::withBudgetAmount);
  public static final SegmentField<String> BUDGET_CURRENCY = evaluation("budgetCurrency",
      String.class, Evaluation::budgetCurrency, Evaluation::withBudgetCurrency);
  public static final SegmentField<Long> ESTIMATED_CUSTOMERS = evaluation("estimatedCustomers",
      Long.class, Evaluation::estimatedCustomers, Evaluation::withEstimatedCustomers);
  public static final SegmentField<Double> MARKET_SHARE = evaluation("marketSharePercent",
      Double.class, Evaluation::marketSharePercent, Evaluation::withMarketSharePercent);
  public static final SegmentField<Level> ESTIMATE_CONFIDENCE = evaluation("estimateConfidence",
      Level.class, Evaluation::estimateConfidence, Evaluation::withEstimateConfidence);
  public static final SegmentField<String> ESTIMATE_SOURCE = evaluation("estimateSource",
      String.class, Evaluation::estimateSource, Evaluation::withEstimateSource);

  public static final SegmentField<SegmentStatus> STATUS = top("status", SegmentStatus.class,
      CustomerSegment::status, CustomerSegment::withStatus);
  public static final SegmentField<Long> CUSTOMER_COUNT = top("customerCount", Long.class,
      CustomerSegment::customerCount, CustomerSegment::withCustomerCount);
  public static final SegmentField<Boolean> PRODUCT_MARKET_FIT = conquest("productMarketFit",
      Boolean.class, Conquest::productMarketFit, Conquest::withProductMarketFit);
  public static final SegmentField<Boolean> RETENTION_WORKED = conquest("retentionWorked",
      Boolean.class, Conquest::retentionWorked, Conquest::withRetentionWorked);
  public static final List<SegmentField<String>> LEVERS = Arrays.stream(Conquest.Lever.values())
      .map(l -> new SegmentField<>("conquest." + l.key(), "lever." + l.key(), String.class,
          s -> s.conquest().plan(l), (s, v) -> s.withConquest(s.conquest().withPlan(l, v))))
      .toList();

  public static final List<SegmentField<String>> EMPATHY = Arrays.stream(EmpathyMap.Part.values())
      .map(p -> new SegmentField<>("empathyMap." + p.key(), "empathy." + p.key(), String.class,
          s -> s.empathyMap().part(p), (s, v) -> s.withEmpathyMap(s.empathyMap().withPart(p, v))))
      .toList();

  /** Every field above, in the editor's order. */
  public static List<SegmentField<?>> all() {
    List<SegmentField<?>> all = new ArrayList<>(List.of(NAME, DESCRIPTION, COLOUR, CUSTOMER_KIND,
        NEED, AGE_MIN, AGE_MAX));
    all.addAll(DEMOGRAPHIC_TEXTS);
    all.addAll(GEOGRAPHIC_TEXTS);
    all.add(AREA_TYPE);
    all.addAll(PSYCHOGRAPHIC_TEXTS);
    all.addAll(List.of(CHANNEL, RELATIONSHIP, PROFITABILITY, PAYS_FOR_OWN_VERSION));
    all.addAll(SCORES);
    all.addAll(List.of(BUDGET_AMOUNT, BUDGET_CURRENCY, ESTIMATED_CUSTOMERS, MARKET_SHARE,
        ESTIMATE_CONFIDENCE, ESTIMATE_SOURCE, STATUS, CUSTOMER_COUNT, PRODUCT_MARKET_FIT,
        RETENTION_WORKED));
    all.addAll(LEVERS);
    all.addAll(EMPATHY);
    return all;
  }

  private static <T> SegmentField<T> top(String name, Class<T> type,
      Function<CustomerSegment, T> get, BiFunction<CustomerSegment, T, CustomerSegment> set) {
    return new SegmentField<>(name, "segment." + name, type, get, set);
  }

  private static <T> SegmentField<T> demographic(String name, Class<T> type,
      Function<Demographic, T> get, BiFunction<Demographic, T, Demographic> set) {
    return new SegmentField<>("profile.demographic." + name, "demographic." + name, type,
        s -> get.apply(s.profile().demographic()),
        (s, v) -> s.withProfile(s.profile().withDemographic(set.apply(s.profile().demographic(), v))));
  }

  private static <T> SegmentField<T> geographic(String name, Class<T> type,
      Function<Geographic, T> get, BiFunction<Geographic, T, Geographic> set) {
    return new SegmentField<>("profile.geographic." + name, "geographic." + name, type,
        s -> get.apply(s.profile().geographic()),
        (s, v) -> s.withProfile(s.profile().withGeographic(set.apply(s.profile().geographic(), v))));
  }

  private static SegmentField<String> psychographic(String name,
      Function<Psychographic, String> get, BiFunction<Psychographic, String, Psychographic> set) {
    return new SegmentField<>("profile.psychographic." + name, "psychographic." + name,
        String.class, s -> get.apply(s.profile().psychographic()),
        (s, v) -> s.withProfile(
            s.profile().withPsychographic(set.apply(s.profile().psychographic(), v))));
  }

  private static <T> SegmentField<T> distinctness(String name, Class<T> type,
      Function<Distinctness, T> get, BiFunction<Distinctness, T, Distinctness> set) {
    return new SegmentField<>("distinctness." + name, "distinctness." + name, type,
        s -> get.apply(s.distinctness()),
        (s, v) -> s.withDistinctness(set.apply(s.distinctness(), v)));
  }

  private static <T> SegmentField<T> evaluation(String name, Class<T> type,
      Function<Evaluation, T> get, BiFunction<Evaluation, T, Evaluation> set) {
    return new SegmentField<>("evaluation." + name, "evaluation." + name, type,
        s -> get.apply(s.evaluation()),
        (s, v) -> s.withEvaluation(set.apply(s.evaluation(), v)));
  }

  private static SegmentField<Integer> score(Evaluation.Score score) {
    return new SegmentField<>("evaluation." + score.key(), "score." + score.key(), Integer.class,
        s -> s.evaluation().score(score),
        (s, v) -> s.withEvaluation(s.evaluation().withScore(score, v)));
  }

  private static <T> SegmentField<T> conquest(String name, Class<T> type,
      Function<Conquest, T> get, BiFunction<Conquest, T, Conquest> set) {
    return new SegmentField<>("conquest." + name, "conquest." + name, type,
        s -> get.apply(s.conquest()), (s, v) -> s.withConquest(set.apply(s.conquest(), v)));
  }
}
