package app.toile.export;

import app.toile.export.layout.Box;
import app.toile.export.layout.FlowLayout;
import java.util.List;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;

/**
 * Draws one slide's part of a {@link FlowLayout}: headings in the accent colour, paragraphs,
 * bullets with their text hanging under the first line, and score bars (label, a track filled to
 * the score out of {@value #BAR_MAX}, the score as text).
 */
final class FlowPainter {
  /** The highest score. */
  static final int BAR_MAX = 5;
  private final SlidePen pen;

  FlowPainter(SlidePen pen) {
    this.pen = pen;
  }

  void draw(List<FlowLayout.Placed> parts) {
    for (FlowLayout.Placed p : parts) {
      switch (p.item().kind()) {
        case HEADING -> pen.text(p.box(), p.lines(), true, p.size(), Colours.ACCENT,
            TextAlign.LEFT);
        case TEXT -> pen.text(p.box(), p.lines(), p.item().bold(), p.size(), Colours.INK,
            TextAlign.LEFT);
        case BULLET -> bullet(p);
        case BAR -> bar(p);
        default -> throw new IllegalStateException(p.item().kind().name());
      }
    }
  }

  private void bullet(FlowLayout.Placed p) {
    Box box = p.box();
    float indent = p.size() * FlowLayout.BULLET_INDENT;
    if (!p.continues()) {
      pen.text(new Box(box.x(), box.y(), indent, pen.measure().leading(p.size())),
          List.of("•"), true, p.size(), Colours.ACCENT, TextAlign.LEFT);
    }
    pen.text(new Box(box.x() + indent, box.y(), box.width() - indent, box.height()), p.lines(),
        false, p.size(), Colours.INK, TextAlign.LEFT);
  }

  private void bar(FlowLayout.Placed p) {
    Box box = p.box();
    float size = p.size();
    float labelWidth = box.width() * FlowLayout.BAR_LABEL_SHARE;
    pen.text(new Box(box.x(), box.y(), labelWidth - size, box.height()), p.lines(), false, size,
        Colours.INK, TextAlign.LEFT);
    if (p.continues()) {
      return;
    }
    float leading = pen.measure().leading(size);
    String valueText = pen.measure().printable(p.item().valueText());
    // Wide enough for "not scored", so that every track of a chart has the same length.
    float valueWidth = Math.max(size * 6, pen.measure().width(valueText, true, size) + 2);
    float trackWidth = box.width() - labelWidth - valueWidth - size * 0.5f;
    float height = size * 0.7f;
    Box track = new Box(box.x() + labelWidth, box.y() + (leading - height) / 2, trackWidth, height);
    pen.rect(track, Colours.CARD, Colours.RULE, 0.5f);
    Integer value = p.item().value();
    if (value != null && value > 0) {
      float share = Math.min(1f, value / (float) BAR_MAX);
      pen.rect(new Box(track.x(), track.y(), track.width() * share, track.height()),
          Colours.ACCENT, null, 0);
    }
    pen.text(new Box(box.right() - valueWidth, box.y(), valueWidth, leading),
        List.of(valueText), true, size,
        value == null ? Colours.FAINT : Colours.INK, TextAlign.RIGHT);
  }
}
