package app.toile.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.export.layout.Box;
import app.toile.export.layout.CanvasLayout;
import app.toile.export.layout.CanvasPlan;
import app.toile.export.layout.CountingMeasure;
import app.toile.export.layout.FlowLayout;
import app.toile.export.layout.OverflowLayout;
import app.toile.export.layout.PageFrame;
import app.toile.export.layout.PlacedCard;
import app.toile.export.layout.TextMeasure;
import app.toile.i18n.Texts;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.Note;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A megabyte of text is laid out in time and memory in proportion to its length, on the PDF's
 * pages and on the slides, which share the layout. Work is counted in characters measured and
 * bytes allocated, which a busy machine does not change, rather than in seconds: ten times the
 * text must cost about ten times as much (fifteen is allowed), where a layout that measures or
 * copies what is left of the text again at each line or column costs a hundred times as much.
 */
class LongTextLayoutTest {
  private static final int LENGTH = 1_000_000;
  /** Characters measured per character of text, at most: each is measured a few times. */
  private static final int PER_CHARACTER = 10;
  private static final String TEXT = prose(LENGTH);
  private static final String TENTH = TEXT.substring(0, LENGTH / 10);
  private static PDDocument metrics;
  private static PdfFonts fonts;

  @BeforeAll
  static void loadFonts() throws IOException {
    metrics = new PDDocument();
    fonts = PdfFonts.load(metrics);
  }

  @AfterAll
  static void closeFonts() throws IOException {
    metrics.close();
  }

  @Test
  void aMegabyteNoteOnTheCanvasPageAndItsOverflowPages() {
    Paper paper = Paper.A4;
    scalesLinearly((text, measure) -> {
      CanvasPlan plan = CanvasLayout.layout(paper.width(), paper.height(), "Title", List.of(),
          blocks(text), measure);
      OverflowLayout.Result overflow =
          OverflowLayout.layout(plan, paper.width(), paper.height(), measure);
      return lines(plan, overflow);
    });
  }

  @Test
  void aMegabyteNoteOnTheCanvasSlideAndItsOverflowSlides() {
    scalesLinearly((text, measure) -> {
      CanvasPlan plan = CanvasLayout.layout(SlideDeck.WIDTH, SlideDeck.HEIGHT,
          PptxExporter.CANVAS_SCALE, "Title", List.of(), blocks(text), measure);
      OverflowLayout.Result overflow =
          OverflowLayout.layout(plan, SlideDeck.WIDTH, SlideDeck.HEIGHT, measure);
      return lines(plan, overflow);
    });
  }

  @Test
  void aMegabyteDescriptionOnASegmentSlide() {
    Box area = PageFrame.of(SlideDeck.WIDTH, SlideDeck.HEIGHT, 60).body();
    scalesLinearly((text, measure) -> {
      FlowLayout.Result r = new FlowLayout(area, area, 2, 36, measure).layout(
          List.of(FlowLayout.Item.text(text, false)), SlideDeck.TEXT_MAX, SlideDeck.TEXT_MIN);
      assertThat(r.size()).isEqualTo(SlideDeck.TEXT_MIN);
      return r.pages().stream().flatMap(List::stream).flatMap(p -> p.lines().stream()).toList();
    });
  }

  /**
   * Lays out the tenth and the whole text; checks that no word is lost, that each character was
   * measured a few times, and that the whole cost about ten times the tenth.
   */
  private static void scalesLinearly(BiFunction<String, TextMeasure, List<String>> layout) {
    layout.apply(TENTH, fonts); // fills the fonts' tables
    Cost small = cost(layout, TENTH);
    Cost large = cost(layout, TEXT);
    System.out.printf("%.1f characters measured per character; 10x the text: %.1fx the "
        + "characters measured, %.1fx the bytes allocated%n", (double) large.measured / LENGTH,
        (double) large.measured / small.measured, (double) large.allocated / small.allocated);
    assertThat(large.measured).isLessThanOrEqualTo((long) PER_CHARACTER * LENGTH);
    assertThat((double) large.measured / small.measured).isLessThanOrEqualTo(15);
    assertThat((double) large.allocated / small.allocated).isLessThanOrEqualTo(15);
  }

  private record Cost(long measured, long allocated) {}

  private static Cost cost(BiFunction<String, TextMeasure, List<String>> layout, String text) {
    CountingMeasure counting = new CountingMeasure(fonts, (long) PER_CHARACTER * text.length());
    long before = allocated();
    List<String> lines = layout.apply(text, counting);
    long allocated = allocated() - before;
    assertThat(words(String.join(" ", lines))).isEqualTo(words(text));
    return new Cost(counting.measured(), allocated);
  }

  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  private static java.util.Map<Block, app.toile.export.layout.BlockContent> blocks(String text) {
    Canvas canvas = Canvas.empty().withNotes(Block.VALUE_PROPOSITIONS,
        List.of(Note.of("long", text)));
    return new CanvasContent(canvas, Texts.labels(Locale.ENGLISH),
        Texts.of("export", Locale.ENGLISH)).blocks();
  }

  /** Every line of the note's cards, on the canvas and after it. */
  private static List<String> lines(CanvasPlan plan, OverflowLayout.Result overflow) {
    List<PlacedCard> cards = new ArrayList<>(plan.blocks().get(Block.VALUE_PROPOSITIONS).cards());
    overflow.pages().forEach(p -> p.sections().forEach(s -> cards.addAll(s.cards())));
    return cards.stream().flatMap(c -> c.bodyLines().stream()).toList();
  }

  private static String words(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** Words of two to twelve letters, some accented, in sentences and paragraphs. */
  static String prose(int length) {
    String[] words = ("le client paie une fois par mois pour un bureau calme réservé en trente "
        + "secondes près de la gare; the partners bring rooms that stand empty during the day")
        .split(" ");
    Random random = new Random(7);
    StringBuilder text = new StringBuilder(length + 16);
    while (text.length() < length) {
      text.append(words[random.nextInt(words.length)])
          .append(random.nextInt(40) == 0 ? ".\n\n" : " ");
    }
    text.setLength(length);
    return text.toString();
  }
}
