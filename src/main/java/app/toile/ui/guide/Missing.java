package app.toile.ui.guide;

import app.toile.i18n.Texts;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.Note;
import app.toile.validation.Finding;
import app.toile.validation.FindingCode;
import app.toile.validation.FindingMessages;
import app.toile.validation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Something a block still lacks, as the guide lists it, with what acting on it does: for customer
 * segments, a finding of the validator (the card opens its field); for a note block, that it is
 * empty or that a segment is served by none of its notes (the card adds the note it needs).
 *
 * @param block the block that lacks it
 * @param segmentId the segment concerned, or null
 * @param text what is missing, in the user's language
 * @param finding the finding it comes from; null for a note block
 */
public record Missing(Block block, String segmentId, String text, Finding finding) {

  /** Whether acting on it adds the canvas's first segment. */
  public boolean isNoSegment() {
    return finding != null && finding.code() == FindingCode.CANVAS_NO_SEGMENT;
  }

  /**
   * What customer segments lack: the findings of a canvas about its segments and about the canvas
   * as a whole (the ones about notes belong to their blocks).
   */
  public static List<Missing> ofSegments(Canvas canvas, List<Finding> findings, Locale locale) {
    FindingMessages messages = new FindingMessages(canvas, locale);
    List<Missing> list = new ArrayList<>();
    for (Finding f : findings) {
      if (f.target().kind() != Target.Kind.NOTE) {
        list.add(new Missing(Block.CUSTOMER_SEGMENTS, f.target().segmentId(), messages.format(f),
            f));
      }
    }
    return list;
  }

  /** What a note block lacks: notes, then a note for each active segment none of them serves. */
  public static List<Missing> ofNotes(Canvas canvas, Block block, Locale locale) {
    Texts ui = Texts.of("ui", locale);
    FindingMessages names = new FindingMessages(canvas, locale);
    List<Note> notes = canvas.notes(block);
    List<Missing> list = new ArrayList<>();
    if (notes.isEmpty()) {
      list.add(new Missing(block, null, ui.get("guide.missing.empty"), null));
    }
    for (CustomerSegment s : canvas.segments()) {
      boolean served = notes.stream().anyMatch(n -> n.segmentIds().contains(s.id()));
      if (s.isActive() && !served) {
        list.add(new Missing(block, s.id(), ui.get("guide.missing.unserved", names.segmentName(s.id())), null));
      }
    }
    return list;
  }
}
