package app.toile.export;

import app.toile.export.layout.FlowLayout.Item;
import app.toile.export.layout.PageFrame;
import app.toile.i18n.Texts;
import app.toile.model.CustomerSegment;
import java.util.ArrayList;
import java.util.List;

/**
 * The slide of one active customer segment: its name after a chip of its colour, its status and
 * customers won under it, then in two columns who it is (description, need, the profile fields
 * that are set), its five scores and attractiveness as a bar chart, and what validation found.
 */
final class SegmentSlide {
  private final SlideDeck deck;
  private final Texts labels;
  private final Texts texts;
  private final CanvasContent content;
  private final SegmentFacts facts;

  SegmentSlide(SlideDeck deck, Texts labels, Texts texts, CanvasContent content) {
    this.deck = deck;
    this.labels = labels;
    this.texts = texts;
    this.content = content;
    this.facts = new SegmentFacts(labels, texts);
  }

  /**
   * Adds the slides of a segment.
   *
   * @param number its number among the active segments, from 1
   * @param count how many segments are active
   * @param findings what validation found about it, worded
   */
  void write(CustomerSegment s, int number, int count, List<String> findings) {
    String name = content.segmentName(s);
    List<String> subtitle = new ArrayList<>();
    subtitle.add(texts.get("segmentNumber", number, count));
    String status = content.statusLine(s);
    if (!status.isBlank()) {
      subtitle.add(status);
    }
    String sub = String.join("  ·  ", subtitle);
    String chip = Colours.chip(s.colour());
    SlidePen pen = deck.newSlide();
    PageFrame frame = deck.headed(pen, name, chip, sub);
    deck.flow(pen, frame.body(), chip, texts.get("continued", name), sub, items(s, findings));
  }

  private List<Item> items(CustomerSegment s, List<String> findings) {
    List<Item> items = new ArrayList<>();
    if (isSet(s.description())) {
      items.add(Item.text(s.description().strip(), false));
    }
    items.add(Item.heading(labels.get("segment.need")));
    items.add(Item.text(isSet(s.need()) ? s.need().strip() : labels.get("unset"), false));
    items.add(Item.heading(labels.get("segment.profile")));
    boolean any = false;
    for (SegmentFacts.Basis basis : facts.profile(s)) {
      if (!basis.isFilled()) {
        continue;
      }
      any = true;
      items.add(Item.text(basis.name(), true));
      for (SegmentFacts.Fact f : basis.facts()) {
        if (isSet(f.value())) {
          items.add(Item.text(texts.get("fact", f.label(), f.value().strip()), false));
        }
      }
    }
    if (!any) {
      items.add(Item.text(labels.get("unset"), false));
    }
    items.add(Item.heading(labels.get("segment.evaluation")));
    for (SegmentFacts.Score score : facts.scores(s.evaluation())) {
      items.add(Item.bar(score.label(), score.value(), score.text()));
    }
    items.add(Item.heading(texts.get("findings")));
    if (findings.isEmpty()) {
      items.add(Item.text(texts.get("noFindings"), false));
    }
    for (String f : findings) {
      items.add(Item.bullet(f));
    }
    return items;
  }

  private static boolean isSet(String s) {
    return s != null && !s.isBlank();
  }
}
