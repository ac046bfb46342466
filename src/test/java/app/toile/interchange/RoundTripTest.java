package app.toile.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.io.CanvasFiles;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Evaluation.Score;
import app.toile.model.Note;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample goes out and comes back: through Markdown keeping each note's block and text, each
 * segment's name, need and scores, and which segments each note serves; through CSV keeping the
 * notes; through JSON Canvas keeping notes, segments and links. Nothing is reported dropped.
 */
class RoundTripTest {

  static List<Path> samples() {
    return Samples.all();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void markdownKeepsNotesSegmentsAndLinks(Path file) {
    Canvas canvas = CanvasFiles.load(file);
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      byte[] md = InterchangeFormat.MARKDOWN.export(canvas, options(locale)).get(0);
      ImportResult back = InterchangeFormat.MARKDOWN.read(md, "out.md");
      assertThat(back.report().dropped()).as(file + " " + locale).isEmpty();
      assertThat(back.report().kept()).as(file + " " + locale)
          .hasSize(canvas.freeNotes() == null ? 0 : 1);
      assertThat(notes(back.canvas())).as(file.toString()).isEqualTo(notes(canvas));
      assertThat(segments(back.canvas())).as(file.toString()).isEqualTo(segments(canvas));
      assertThat(links(back.canvas())).as(file.toString()).isEqualTo(links(canvas));
      assertThat(back.canvas().header()).isEqualTo(canvas.header().withTitle(canvas.header().title()));
      assertThat(strip(back.canvas().freeNotes())).isEqualTo(strip(canvas.freeNotes()));
      for (int i = 0; i < canvas.segments().size(); i++) {
        CustomerSegment a = canvas.segments().get(i);
        CustomerSegment b = back.canvas().segments().get(i);
        assertThat(b.profile()).as(a.name()).isEqualTo(a.profile());
        assertThat(b.status()).as(a.name()).isEqualTo(a.status());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void csvKeepsNotes(Path file) {
    Canvas canvas = CanvasFiles.load(file);
    List<byte[]> tables = InterchangeFormat.CSV.export(canvas, new InterchangeOptions(
        Locale.FRENCH, true));
    ImportResult back = InterchangeFormat.CSV.read(tables.get(0), "out.csv");
    assertThat(back.report().dropped()).as(file.toString()).isEmpty();
    assertThat(notes(back.canvas())).as(file.toString()).isEqualTo(notes(canvas));
    for (Block b : Block.noteBlocks()) {
      for (int i = 0; i < canvas.notes(b).size(); i++) {
        assertThat(back.canvas().notes(b).get(i).colour()).isEqualTo(canvas.notes(b).get(i).colour());
      }
    }
    assertThat(linkNames(back.canvas())).isEqualTo(linkNames(canvas));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void jsonCanvasKeepsNotesSegmentsAndLinks(Path file) {
    Canvas canvas = CanvasFiles.load(file);
    byte[] json = InterchangeFormat.JSON_CANVAS.export(canvas, options(Locale.ENGLISH)).get(0);
    ImportResult back = InterchangeFormat.JSON_CANVAS.read(json, "out.canvas");
    assertThat(back.report().dropped()).as(file.toString()).isEmpty();
    assertThat(notes(back.canvas())).isEqualTo(notes(canvas));
    assertThat(segments(back.canvas())).isEqualTo(segments(canvas));
    assertThat(links(back.canvas())).isEqualTo(links(canvas));
  }

  static InterchangeOptions options(Locale locale) {
    return new InterchangeOptions(locale, false);
  }

  /** Block and text of every note, in order. */
  static List<String> notes(Canvas c) {
    List<String> list = new ArrayList<>();
    for (Block b : Block.noteBlocks()) {
      for (Note n : c.notes(b)) {
        list.add(b + ": " + strip(n.text()));
      }
    }
    return list;
  }

  /** Name, need and scores of every segment, in order. */
  static List<String> segments(Canvas c) {
    List<String> list = new ArrayList<>();
    for (CustomerSegment s : c.segments()) {
      StringBuilder sb = new StringBuilder(strip(s.name())).append(" | ").append(strip(s.need()));
      for (Score score : Score.values()) {
        sb.append(' ').append(s.evaluation().score(score));
      }
      list.add(sb.toString());
    }
    return list;
  }

  /** For every note, the positions of the segments it serves. */
  static List<String> links(Canvas c) {
    List<String> list = new ArrayList<>();
    for (Block b : Block.noteBlocks()) {
      for (Note n : c.notes(b)) {
        List<Integer> at = new ArrayList<>();
        n.segmentIds().forEach(id -> {
          int i = c.segmentIndex(id);
          if (i >= 0 && !at.contains(i)) {
            at.add(i);
          }
        });
        list.add(at.toString());
      }
    }
    return list;
  }

  /** For every note, the names of the segments it serves. */
  static List<String> linkNames(Canvas c) {
    List<String> list = new ArrayList<>();
    for (Block b : Block.noteBlocks()) {
      for (Note n : c.notes(b)) {
        List<String> names = new ArrayList<>();
        n.segmentIds().forEach(id -> c.segment(id).ifPresent(s -> names.add(s.name())));
        list.add(names.toString());
      }
    }
    return list;
  }

  static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
