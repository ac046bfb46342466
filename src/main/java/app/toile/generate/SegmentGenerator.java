package app.toile.generate;

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
import app.toile.model.Profile;
import app.toile.model.Psychographic;
import app.toile.model.SegmentStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes one customer segment at a time, filled the way founders fill them: most fields set, some
 * left empty, every status present, and a few segments depending on others.
 */
final class SegmentGenerator {
  private static final String[] GENDERS = {"any", "women", "men", "mostly women", "mostly men"};
  private static final String[] EDUCATION = {"secondary", "bachelor", "master", "any", "vocational"};
  private static final String[] INCOME = {"low", "middle", "upper middle", "high", "any"};
  private static final String[] COUNTRIES = {"France", "Belgium", "Switzerland", "Canada", "Germany"};
  private static final String[] CURRENCIES = {"EUR", "CHF", "CAD", "€", "USD"};
  private static final String[] COLOURS = {
    "#E4572E", "#17BEBB", "#FFC914", "#2E282A", "#76B041", "#5C6BC0", "#D81B60", "#8D6E63"
  };

  private final Random random;
  private final Words words;
  private final boolean outOfRange;

  SegmentGenerator(Random random, Words words, boolean outOfRange) {
    this.random = random;
    this.words = words;
    this.outOfRange = outOfRange;
  }

  /**
   * The segment at this place in the expansion order. The first five take each status once, so
   * that every status is present; the others pick one, or none.
   */
  CustomerSegment segment(String id, String name, int index, List<String> earlierIds) {
    SegmentStatus[] statuses = SegmentStatus.values();
    SegmentStatus status = index < statuses.length ? statuses[index]
        : random.nextInt(8) == 0 ? null : statuses[random.nextInt(statuses.length)];
    boolean won = status == SegmentStatus.FOCUS || status == SegmentStatus.CONQUERED;
    return new CustomerSegment(id, name, maybe(words.sentences(3)), pickOrNull(COLOURS),
        random.nextInt(10) == 0 ? null : CustomerKind.values()[random.nextInt(3)],
        maybe(words.sentences(2)), profile(), distinctness(), evaluation(), status,
        won ? count(50_000) : null, conquest(won), dependsOn(earlierIds),
        random.nextInt(3) == 0 ? empathyMap() : EmpathyMap.EMPTY, null);
  }

  private Profile profile() {
    int ageMin = 16 + random.nextInt(50);
    int ageMax = ageMin + random.nextInt(40);
    if (outOfRange && random.nextInt(10) == 0) {
      ageMin = random.nextBoolean() ? 150 : -3; // outside 0..120, or above ageMax
    }
    Demographic demographic = random.nextInt(5) == 0 ? Demographic.EMPTY
        : new Demographic(ageMin, ageMax, pickOrNull(GENDERS), pickOrNull(EDUCATION),
            pickOrNull(INCOME), maybe(words.phrase(2, 5)), maybe(words.phrase(3, 8)), null);
    Geographic geographic = random.nextInt(4) == 0 ? Geographic.EMPTY
        : new Geographic(pickOrNull(COUNTRIES), maybe(words.phrase(1, 3)), maybe(words.place()),
            random.nextInt(5) == 0 ? null : AreaType.values()[random.nextInt(3)], null);
    Psychographic psychographic = random.nextInt(3) == 0 ? Psychographic.EMPTY
        : new Psychographic(maybe(words.phrase(2, 4)), maybe(words.phrase(2, 6)),
            maybe(words.phrase(2, 6)), maybe(words.phrase(4, 12)), maybe(words.phrase(3, 10)), null);
    return new Profile(demographic, geographic, psychographic, null);
  }

  private Distinctness distinctness() {
    return new Distinctness(maybe(words.phrase(2, 6)), maybe(words.phrase(2, 6)),
        random.nextInt(4) == 0 ? null : Level.values()[random.nextInt(3)],
        random.nextInt(4) == 0 ? null : random.nextBoolean(), null);
  }

  private Evaluation evaluation() {
    if (random.nextInt(6) == 0) {
      return Evaluation.EMPTY;
    }
    Double share = random.nextInt(4) == 0 ? null : Math.round(random.nextDouble() * 1000) / 10.0;
    if (outOfRange && random.nextInt(10) == 0) {
      share = 140.0;
    }
    return new Evaluation(score(), score(), score(), score(), score(),
        random.nextInt(3) == 0 ? null : BigDecimal.valueOf(random.nextInt(100_000), 2),
        pickOrNull(CURRENCIES), random.nextInt(3) == 0 ? null : count(5_000_000), share,
        random.nextInt(4) == 0 ? null : Level.values()[random.nextInt(3)],
        maybe(words.phrase(3, 10)), null);
  }

  private Integer score() {
    if (random.nextInt(6) == 0) {
      return null;
    }
    if (outOfRange && random.nextInt(12) == 0) {
      return random.nextBoolean() ? 7 : 0;
    }
    return 1 + random.nextInt(5);
  }

  private Long count(int max) {
    if (outOfRange && random.nextInt(10) == 0) {
      return -4L;
    }
    return (long) random.nextInt(max);
  }

  private Conquest conquest(boolean won) {
    if (!won && random.nextInt(3) != 0) {
      return Conquest.EMPTY;
    }
    return new Conquest(random.nextBoolean(), random.nextBoolean(), maybe(words.phrase(4, 12)),
        maybe(words.phrase(4, 12)), maybe(words.phrase(4, 12)), maybe(words.phrase(4, 12)), null);
  }

  /** About one segment in ten depends on one or two earlier ones, as platform sides do. */
  private List<String> dependsOn(List<String> earlierIds) {
    List<String> ids = new ArrayList<>();
    if (!earlierIds.isEmpty() && random.nextInt(10) == 0) {
      int n = 1 + random.nextInt(Math.min(2, earlierIds.size()));
      for (int i = 0; i < n; i++) {
        String id = earlierIds.get(random.nextInt(earlierIds.size()));
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
    }
    if (outOfRange && random.nextInt(20) == 0) {
      ids.add("seg-missing");
    }
    return ids;
  }

  private EmpathyMap empathyMap() {
    return new EmpathyMap(maybe(words.sentences(2)), maybe(words.sentences(2)),
        maybe(words.sentences(2)), maybe(words.sentences(2)), maybe(words.sentences(2)),
        maybe(words.sentences(2)), null);
  }

  /** The text, or null one time in five: founders leave fields empty. */
  private String maybe(String text) {
    return random.nextInt(5) == 0 ? null : text;
  }

  private String pickOrNull(String[] values) {
    return random.nextInt(5) == 0 ? null : words.pick(values);
  }
}
