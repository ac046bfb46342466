package app.toile.validation;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Conquest;
import app.toile.model.CustomerKind;
import app.toile.model.CustomerSegment;
import app.toile.model.Demographic;
import app.toile.model.Distinctness;
import app.toile.model.Geographic;
import app.toile.model.Level;
import app.toile.model.Market;
import app.toile.model.MarketDomain;
import app.toile.model.Note;
import app.toile.model.Profile;
import app.toile.model.SegmentStatus;
import app.toile.model.SegmentStrategy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hundreds of seeded random canvases full of odd values: validation holds its promises on all. */
class RandomCanvasTest {
  private static final String[] TEXTS = {null, "", " ", "\u00a0", "\u202f\t", "Paris", "paris ",
      "PÂRIS", "Lyon", "Need", "need\u00a0"};
  private static final Integer[] NUMBERS = {null, -3, 0, 1, 2, 3, 5, 6, 120, 121};

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static <E extends Enum<E>> E pickEnum(Random r, Class<E> type) {
    E[] all = type.getEnumConstants();
    int i = r.nextInt(all.length + 1);
    return i == all.length ? null : all[i];
  }

  static Canvas random(Random r) {
    int n = r.nextInt(6);
    List<CustomerSegment> segments = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> links = new ArrayList<>();
      for (int k = r.nextInt(3); k > 0; k--) {
        links.add("s" + r.nextInt(n + 2));
      }
      segments.add(CustomerSegment.named("s" + i, pick(r, TEXTS))
          .withNeed(pick(r, TEXTS))
          .withCustomerKind(pickEnum(r, CustomerKind.class))
          .withStatus(pickEnum(r, SegmentStatus.class))
          .withCustomerCount(r.nextBoolean() ? null : (long) r.nextInt(5) - 2)
          .withProfile(Profile.EMPTY
              .withDemographic(Demographic.EMPTY.withAgeMin(pick(r, NUMBERS))
                  .withAgeMax(pick(r, NUMBERS)))
              .withGeographic(Geographic.EMPTY.withCity(pick(r, TEXTS))))
          .withDistinctness(new Distinctness(pick(r, TEXTS), pick(r, TEXTS),
              pickEnum(r, Level.class), r.nextBoolean() ? null : r.nextBoolean(), null))
          .withEvaluation(Canvases.scores(pick(r, NUMBERS), pick(r, NUMBERS), pick(r, NUMBERS),
              pick(r, NUMBERS), pick(r, NUMBERS)).withMarketSharePercent(
                  r.nextBoolean() ? null : r.nextDouble() * 130 - 10))
          .withConquest(Conquest.EMPTY.withProductMarketFit(r.nextBoolean() ? null : true)
              .withPlan(Conquest.Lever.LOYALTY, pick(r, TEXTS)))
          .withDependsOn(links));
    }
    Canvas c = Canvas.empty().withSegments(segments)
        .withStrategy(pickEnum(r, SegmentStrategy.class))
        .withMarket(Market.EMPTY.withDomain(pickEnum(r, MarketDomain.class)));
    for (Block b : List.of(Block.VALUE_PROPOSITIONS, Block.CHANNELS)) {
      List<Note> notes = new ArrayList<>();
      for (int k = r.nextInt(3); k > 0; k--) {
        notes.add(new Note(b.key() + k, pick(r, TEXTS), null,
            List.of("s" + r.nextInt(n + 2), "s" + r.nextInt(n + 2)), null));
      }
      c = c.withNotes(b, notes);
    }
    return c;
  }

  @Test
  void findingsPointAtThingsThatExistAndReadWell() {
    Random r = new Random(7);
    for (int round = 0; round < 500; round++) {
      Canvas c = random(r);
      List<Finding> findings = Validator.validate(c);
      assertThat(Validator.validate(c)).isEqualTo(findings);
      Set<String> noteIds = new HashSet<>();
      Block.noteBlocks().forEach(b -> c.notes(b).forEach(n -> noteIds.add(n.id())));
      FindingMessages en = new FindingMessages(c, Locale.ENGLISH);
      FindingMessages fr = new FindingMessages(c, Locale.FRENCH);
      for (Finding f : findings) {
        switch (f.target().kind()) {
          case SEGMENT -> assertThat(c.segment(f.target().id())).isPresent();
          case NOTE -> assertThat(noteIds).contains(f.target().id());
          case CANVAS -> assertThat(f.target().id()).isNull();
        }
        f.relatedSegmentIds().forEach(id -> assertThat(c.segment(id)).isPresent());
        assertThat(en.format(f)).doesNotContain("!finding", "{");
        assertThat(fr.format(f)).doesNotContain("!finding", "{");
      }
    }
  }

  @Test
  void segmentCodesComeAtMostOncePerSegment() {
    Random r = new Random(11);
    for (int round = 0; round < 500; round++) {
      List<Finding> findings = Validator.validate(random(r));
      Set<String> seen = new HashSet<>();
      for (Finding f : findings) {
        boolean perField = f.code() == FindingCode.SEGMENT_BAD_RANGE
            || f.code() == FindingCode.LINK_DANGLING;
        String key = f.code() + " " + f.target().kind() + " " + f.target().id()
            + (perField ? " " + f.target().field() : "");
        assertThat(seen.add(key)).as(key).isTrue();
      }
    }
  }
}
