package app.toile.io;

import app.toile.model.AreaType;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Conquest;
import app.toile.model.CustomerKind;
import app.toile.model.CustomerSegment;
import app.toile.model.Demographic;
import app.toile.model.Distinctness;
import app.toile.model.EmpathyMap;
import app.toile.model.Evaluation;
import app.toile.model.Extras;
import app.toile.model.Geographic;
import app.toile.model.Header;
import app.toile.model.Level;
import app.toile.model.Market;
import app.toile.model.MarketDomain;
import app.toile.model.Note;
import app.toile.model.NoteColour;
import app.toile.model.Profile;
import app.toile.model.Psychographic;
import app.toile.model.SegmentStatus;
import app.toile.model.SegmentStrategy;
import app.toile.model.TargetProfile;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Canvases of every shape for property tests: any text (emoji, right-to-left scripts, control
 * characters, lone surrogates, very long strings), unset fields, numbers far out of their range,
 * links to segments that exist or not, and unknown fields at every level. Each record is built
 * from fixed-size lists of values, so that jqwik can shrink a failing canvas value by value.
 */
public final class CanvasArbitraries {
  private CanvasArbitraries() {}

  /** Any canvas the model can hold and the file format can store. */
  public static Arbitrary<Canvas> canvases() {
    Arbitrary<List<CustomerSegment>> segments = Arbitraries.integers().between(0, 4)
        .flatMap(n -> Combinators.combine(segment().list().ofSize(n), texts(n)).as((list, ids) -> {
          List<CustomerSegment> unique = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            unique.add(withId(list.get(i), id(ids.get(i), "s" + i)));
          }
          return unique;
        }));
    return Combinators.combine(header(), text(), market(), choice(SegmentStrategy.class), segments,
            notes(), extras())
        .as(Canvas::new);
  }

  /** Text as a user may type or paste it, or null (unset). */
  static Arbitrary<String> text() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.strings().alpha().numeric().withChars(" .,'-").ofMaxLength(40)),
        Tuple.of(2, codePoints(0x1F300, 0x1FAFF, 12)), // emoji, as surrogate pairs in Java
        Tuple.of(2, codePoints(0x0590, 0x06FF, 30)), // Hebrew and Arabic, right to left
        Tuple.of(2, codePoints(0x0000, 0x009F, 20)), // C0 and C1 control characters, DEL
        Tuple.of(1, Arbitraries.of("\u200F\u202Eabc\u202C", "\uFEFF", "a\u0301", "\u2028\u2029",
            "\"\\/", "", " ", "\uFFFF\uFFFE")),
        Tuple.of(3, codePoints(0, 0x10FFFF, 20)), // anything Unicode can encode
        // Any Java chars, lone surrogates included: a paste can hold them, JSON escapes them.
        Tuple.of(1, Arbitraries.strings().all().ofMaxLength(20)),
        Tuple.of(1, longText()))
        .injectNull(0.25);
  }

  /** A string of code points from a range, surrogates left out so that pairs stay pairs. */
  private static Arbitrary<String> codePoints(int from, int to, int maxLength) {
    return Arbitraries.integers().between(from, to)
        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
        .list().ofMaxSize(maxLength)
        .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
  }

  /** Thousands to tens of thousands of characters: a pasted document. */
  private static Arbitrary<String> longText() {
    return Combinators.combine(codePoints(0x20, 0x2FFF, 10).filter(s -> !s.isEmpty()),
        Arbitraries.integers().between(500, 5_000)).as(String::repeat);
  }

  private static Arbitrary<List<String>> texts(int n) {
    return text().list().ofSize(n);
  }

  private static <E extends Enum<E>> Arbitrary<E> choice(Class<E> type) {
    return Arbitraries.of(type).injectNull(0.3);
  }

  private static Arbitrary<List<Integer>> wholes(int n) {
    return Arbitraries.integers().injectNull(0.3).list().ofSize(n);
  }

  private static Arbitrary<List<Long>> longs(int n) {
    return Arbitraries.longs().injectNull(0.3).list().ofSize(n);
  }

  private static Arbitrary<List<Boolean>> bools(int n) {
    return Arbitraries.of(true, false).injectNull(0.3).list().ofSize(n);
  }

  /** Any finite number: JSON has no NaN or infinity. */
  private static Arbitrary<Double> number() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.doubles()),
        Tuple.of(1, Arbitraries.of(-0.0, 0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
            1e15, 1e15 + 1, 123456789.0, 0.1, 140.0, -1.0)))
        .filter(Double::isFinite).injectNull(0.3);
  }

  private static Arbitrary<BigDecimal> decimal() {
    return Combinators.combine(Arbitraries.bigIntegers().between(
            BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
        Arbitraries.integers().between(-40, 40)).as(BigDecimal::new).injectNull(0.3);
  }

  private static Arbitrary<LocalDate> date() {
    return Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(),
        LocalDate.of(9999, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay).injectNull(0.3);
  }

  /** Unknown fields as a newer Toile might write them, kept as compact JSON text. */
  static Arbitrary<Extras> extras() {
    Arbitrary<Object> leaf = Arbitraries.oneOf(text().map(t -> (Object) t),
        decimal().map(d -> (Object) d), Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.longs().map(l -> (Object) l));
    Arbitrary<Object> value = Arbitraries.oneOf(leaf,
        leaf.list().ofMaxSize(3).map(l -> (Object) l),
        Arbitraries.maps(Arbitraries.strings().ofMaxLength(5), leaf).ofMaxSize(3).map(m -> (Object) m));
    return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)
            .map(k -> "x-" + k), value).ofMaxSize(2)
        .map(fields -> {
          Map<String, String> json = new LinkedHashMap<>();
          fields.forEach((k, v) -> json.put(k, CanvasJson.MAPPER.writeValueAsString(v)));
          return new Extras(json);
        })
        .injectNull(0.5);
  }

  private static Arbitrary<Header> header() {
    return Combinators.combine(texts(4), date(), extras())
        .as((t, date, x) -> new Header(t.get(0), t.get(1), t.get(2), date, t.get(3), x));
  }

  private static Arbitrary<Market> market() {
    Arbitrary<TargetProfile> target = Combinators.combine(wholes(2), texts(3), extras())
        .as((n, t, x) -> new TargetProfile(n.get(0), n.get(1), t.get(0), t.get(1), t.get(2), x));
    return Combinators.combine(choice(MarketDomain.class), target, extras()).as(Market::new);
  }

  private static Arbitrary<CustomerSegment> segment() {
    Arbitrary<Profile> profile = Combinators.combine(
        Combinators.combine(wholes(2), texts(5), extras()).as((n, t, x) ->
            new Demographic(n.get(0), n.get(1), t.get(0), t.get(1), t.get(2), t.get(3), t.get(4), x)),
        Combinators.combine(texts(3), choice(AreaType.class), extras()).as((t, area, x) ->
            new Geographic(t.get(0), t.get(1), t.get(2), area, x)),
        Combinators.combine(texts(5), extras()).as((t, x) ->
            new Psychographic(t.get(0), t.get(1), t.get(2), t.get(3), t.get(4), x)),
        extras()).as(Profile::new);
    Arbitrary<Distinctness> distinctness = Combinators.combine(texts(2), choice(Level.class),
        bools(1), extras()).as((t, level, b, x) -> new Distinctness(t.get(0), t.get(1), level,
            b.get(0), x));
    Arbitrary<Evaluation> evaluation = Combinators.combine(wholes(5), decimal(), texts(2), longs(1),
        number(), choice(Level.class), extras()).as((n, amount, t, customers, share, level, x) ->
            new Evaluation(n.get(0), n.get(1), n.get(2), n.get(3), n.get(4), amount, t.get(0),
                customers.get(0), share, level, t.get(1), x));
    Arbitrary<Conquest> conquest = Combinators.combine(bools(2), texts(4), extras()).as((b, t, x) ->
        new Conquest(b.get(0), b.get(1), t.get(0), t.get(1), t.get(2), t.get(3), x));
    Arbitrary<EmpathyMap> empathy = Combinators.combine(texts(6), extras()).as((t, x) ->
        new EmpathyMap(t.get(0), t.get(1), t.get(2), t.get(3), t.get(4), t.get(5), x));
    Arbitrary<List<Object>> parts = Combinators.combine(profile, distinctness, evaluation, conquest,
        empathy, choice(CustomerKind.class), choice(SegmentStatus.class), links())
        .as((a, b, c, d, e, f, g, h) -> Arrays.<Object>asList(a, b, c, d, e, f, g, h));
    return Combinators.combine(texts(4), longs(1), parts, extras()).as((t, count, p, x) ->
        new CustomerSegment("placeholder", t.get(0), t.get(1), t.get(2), (CustomerKind) p.get(5),
            t.get(3), (Profile) p.get(0), (Distinctness) p.get(1), (Evaluation) p.get(2),
            (SegmentStatus) p.get(6), count.get(0), (Conquest) p.get(3), strings(p.get(7)),
            (EmpathyMap) p.get(4), x));
  }

  /** Links to segments, existing ({@code s0}…) or not, never null: a file cannot hold one. */
  private static Arbitrary<List<String>> links() {
    return Arbitraries.oneOf(Arbitraries.of("s0", "s1", "s2", "s3"), text().filter(t -> t != null))
        .list().ofMaxSize(3);
  }

  private static Arbitrary<Map<Block, List<Note>>> notes() {
    Arbitrary<Note> note = Combinators.combine(text(), choice(NoteColour.class), links(), extras())
        .as((text, colour, links, x) -> new Note("placeholder", text, colour, links, x));
    return note.list().ofMaxSize(4).list().ofSize(Block.noteBlocks().size())
        .flatMap(lists -> texts(lists.stream().mapToInt(List::size).sum()).map(ids -> {
          Map<Block, List<Note>> notes = new EnumMap<>(Block.class);
          int k = 0;
          for (int b = 0; b < lists.size(); b++) {
            List<Note> list = new ArrayList<>();
            for (Note n : lists.get(b)) {
              list.add(new Note(id(ids.get(k), "n" + k++), n.text(), n.colour(), n.segmentIds(),
                  n.extras()));
            }
            notes.put(Block.noteBlocks().get(b), list);
          }
          return notes;
        }));
  }

  /** An id unique in the canvas and never blank: any text, made unique by its place. */
  private static String id(String text, String place) {
    return text == null ? place : text + "#" + place;
  }

  private static CustomerSegment withId(CustomerSegment s, String id) {
    return new CustomerSegment(id, s.name(), s.description(), s.colour(), s.customerKind(), s.need(),
        s.profile(), s.distinctness(), s.evaluation(), s.status(), s.customerCount(), s.conquest(),
        s.dependsOn(), s.empathyMap(), s.extras());
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object list) {
    return (List<String>) list;
  }
}
