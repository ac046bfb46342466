package app.toile.io;

import app.toile.model.Conquest;
import app.toile.model.CustomerKind;
import app.toile.model.CustomerSegment;
import app.toile.model.Distinctness;
import app.toile.model.EmpathyMap;
import app.toile.model.Evaluation;
import app.toile.model.Level;
import app.toile.model.Profile;
import app.toile.model.SegmentStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one customer segment and its parts (the profile with a {@link ProfileReader}). A segment
 * must have an id; every other field may be missing or null, and values of the right JSON type
 * load unchanged even when out of range: validation reports them.
 */
final class SegmentReader {
  private final JsonInput in;
  private final KnownIds ids;
  private final ProfileReader profileReader;

  SegmentReader(JsonInput in, KnownIds ids) {
    this.in = in;
    this.ids = ids;
    this.profileReader = new ProfileReader(in);
  }

  /** Reads the current value as a segment; {@code what} names it in messages. */
  CustomerSegment segment(Supplier<String> what) {
    in.requireObject();
    TokenStreamLocation start = in.here();
    String id = null;
    TokenStreamLocation idAt = null;
    String name = null;
    String description = null;
    String colour = null;
    CustomerKind customerKind = null;
    String need = null;
    Profile profile = null;
    Distinctness distinctness = null;
    Evaluation evaluation = null;
    SegmentStatus status = null;
    Long customerCount = null;
    Conquest conquest = null;
    List<String> dependsOn = List.of();
    EmpathyMap empathyMap = null;
    Map<String, String> unknown = null;
    while (in.nextField()) {
      switch (in.name()) {
        case "id" -> {
          idAt = in.here();
          id = in.text();
        }
        case "name" -> name = in.text();
        case "description" -> description = in.text();
        case "colour" -> colour = in.text();
        case "customerKind" -> customerKind = in.choice(CustomerKind.class);
        case "need" -> need = in.text();
        case "profile" -> profile = in.enterObject() ? profileReader.profile() : null;
        case "distinctness" -> distinctness = in.enterObject() ? distinctness() : null;
        case "evaluation" -> evaluation = in.enterObject() ? evaluation() : null;
        case "status" -> status = in.choice(SegmentStatus.class);
        case "customerCount" -> customerCount = in.wholeLong();
        case "conquest" -> conquest = in.enterObject() ? conquest() : null;
        case "dependsOn" -> dependsOn = in.texts(ids::shared);
        case "empathyMap" -> empathyMap = in.enterObject() ? empathyMap() : null;
        default -> unknown = in.keep(unknown);
      }
    }
    ids.claim(in, id, idAt, start, what);
    ids.segment(id);
    return new CustomerSegment(id, name, description, colour, customerKind, need, profile,
        distinctness, evaluation, status, customerCount, conquest, dependsOn, empathyMap,
        JsonInput.extras(unknown));
  }

  private Distinctness distinctness() {
    String channel = null;
    String relationship = null;
    Level profitability = null;
    Boolean paysForOwnVersion = null;
    Map<String, String> unknown = null;
    while (in.nextField()) {
      switch (in.name()) {
        case "channel" -> channel = in.text();
        case "relationship" -> relationship = in.text();
        case "profitability" -> profitability = in.choice(Level.class);
        case "paysForOwnVersion" -> paysForOwnVersion = in.bool();
        default -> unknown = in.keep(unknown);
      }
    }
    return new Distinctness(channel, relationship, profitability, paysForOwnVersion,
        JsonInput.extras(unknown));
  }

  private Evaluation evaluation() {
    Integer painDepth = null;
    Integer budget = null;
    Integer reach = null;
    Integer marketSize = null;
    Integer value = null;
    BigDecimal budgetAmount = null;
    String budgetCurrency = null;
    Long estimatedCustomers = null;
    Double marketSharePercent = null;
    Level estimateConfidence = null;
    String estimateSource = null;
    Map<String, String> unknown = null;
    while (in.nextField()) {
      switch (in.name()) {
        case "painDepth" -> painDepth = in.whole();
        case "budget" -> budget = in.whole();
        case "reach" -> reach = in.whole();
        case "marketSize" -> marketSize = in.whole();
        case "value" -> value = in.whole();
        case "budgetAmount" -> budgetAmount = in.decimal();
        case "budgetCurrency" -> budgetCurrency = in.text();
        case "estimatedCustomers" -> estimatedCustomers = in.wholeLong();
        case "marketSharePercent" -> marketSharePercent = in.number();
        case "estimateConfidence" -> estimateConfidence = in.choice(Level.class);
        case "estimateSource" -> estimateSource = in.text();
        default -> unknown = in.keep(unknown);
      }
    }
    return new Evaluation(painDepth, budget, reach, marketSize, value, budgetAmount,
        budgetCurrency, estimatedCustomers, marketSharePercent, estimateConfidence, estimateSource,
        JsonInput.extras(unknown));
  }

  private Conquest conquest() {
    Boolean productMarketFit = null;
    Boolean retentionWorked = null;
    String acquisition = null;
    String conversion = null;
    String retention = null;
    String loyalty = null;
    Map<String, String> unknown = null;
    while (in.nextField()) {
      switch (in.name()) {
        case "productMarketFit" -> productMarketFit = in.bool();
        case "retentionWorked" -> retentionWorked = in.bool();
        case "acquisition" -> acquisition = in.text();
        case "conversion" -> conversion = in.text();
        case "retention" -> retention = in.text();
        case "loyalty" -> loyalty = in.text();
        default -> unknown = in.keep(unknown);
      }
    }
    return new Conquest(productMarketFit, retentionWorked, acquisition, conversion, retention,
        loyalty, JsonInput.extras(unknown));
  }

  private EmpathyMap empathyMap() {
    String says = null;
    String thinks = null;
    String does = null;
    String feels = null;
    String pains = null;
    String gains = null;
    Map<String, String> unknown = null;
    while (in.nextField()) {
      switch (in.name()) {
        case "says" -> says = in.text();
        case "thinks" -> thinks = in.text();
        case "does" -> does = in.text();
        case "feels" -> feels = in.text();
        case "pains" -> pains = in.text();
        case "gains" -> gains = in.text();
        default -> unknown = in.keep(unknown);
      }
    }
    return new EmpathyMap(says, thinks, does, feels, pains, gains, JsonInput.extras(unknown));
  }
}
