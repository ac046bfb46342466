package app.toile.export;

import app.toile.i18n.Texts;
import app.toile.model.CustomerSegment;
import app.toile.model.Demographic;
import app.toile.model.Evaluation;
import app.toile.model.Geographic;
import app.toile.model.Psychographic;
import app.toile.validation.Attractiveness;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A segment's profile and scores worded in one language, as every export prints them: the PDF
 * page and the slide list the same fields with the same labels.
 */
final class SegmentFacts {
  private final Texts labels;
  private final Texts texts;

  SegmentFacts(Texts labels, Texts texts) {
    this.labels = labels;
    this.texts = texts;
  }

  /** A labelled value; the value is null when unset. */
  record Fact(String label, String value) {}

  /** One basis of the profile (demographic, geographic, psychographic) and its fields. */
  record Basis(String name, List<Fact> facts) {

    Basis {
      facts = List.copyOf(facts);
    }

    /** Whether any field is set. */
    boolean isFilled() {
      return facts.stream().anyMatch(f -> f.value() != null && !f.value().isBlank());
    }
  }

  /**
   * A score as a bar: its label, its value out of 5 (null when unset), and the value as text.
   */
  record Score(String label, Integer value, String text) {}

  /** The three bases of the segment's profile, every field in order. */
  List<Basis> profile(CustomerSegment s) {
    Demographic d = s.profile().demographic();
    Geographic g = s.profile().geographic();
    Psychographic p = s.profile().psychographic();
    return List.of(
        new Basis(labels.get("segment.demographic"), List.of(
            fact("demographic.age", ageRange(d.ageMin(), d.ageMax())),
            fact("demographic.gender", d.gender()),
            fact("demographic.education", d.education()),
            fact("demographic.incomeBand", d.incomeBand()),
            fact("demographic.familySituation", d.familySituation()),
            fact("demographic.other", d.other()))),
        new Basis(labels.get("segment.geographic"), List.of(
            fact("geographic.country", g.country()),
            fact("geographic.region", g.region()),
            fact("geographic.city", g.city()),
            fact("geographic.areaType", labels.of("areaType", g.areaType())))),
        new Basis(labels.get("segment.psychographic"), List.of(
            fact("psychographic.socialStatus", p.socialStatus()),
            fact("psychographic.lifestyle", p.lifestyle()),
            fact("psychographic.personality", p.personality()),
            fact("psychographic.behaviour", p.behaviour()),
            fact("psychographic.benefitsSought", p.benefitsSought()))));
  }

  /** The five scores, then the attractiveness computed from them. */
  List<Score> scores(Evaluation e) {
    List<Score> scores = new ArrayList<>();
    for (Evaluation.Score score : Evaluation.Score.values()) {
      Integer v = e.score(score);
      scores.add(new Score(labels.get("score." + score.key()), v,
          v == null ? texts.get("notScored") : texts.get("scoreOf", String.valueOf(v))));
    }
    OptionalDouble attractiveness = Attractiveness.of(e);
    scores.add(new Score(labels.get("segment.attractiveness"),
        attractiveness.isEmpty() ? null : (int) Math.round(attractiveness.getAsDouble()),
        attractiveness.isEmpty() ? texts.get("notScored") : texts.get("scoreOf",
            decimal(attractiveness.getAsDouble()))));
    return scores;
  }

  /** A number with at most one decimal, in the export's language. */
  String decimal(double v) {
    NumberFormat f = NumberFormat.getNumberInstance(labels.locale());
    f.setMaximumFractionDigits(1);
    return f.format(v);
  }

  private Fact fact(String key, String value) {
    return new Fact(labels.get(key), value);
  }

  private String ageRange(Integer min, Integer max) {
    if (min == null && max == null) {
      return null;
    }
    return texts.get("ageRange", min == null ? "" : String.valueOf(min),
        max == null ? "" : String.valueOf(max));
  }
}
