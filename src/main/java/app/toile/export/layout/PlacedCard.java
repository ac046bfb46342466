package app.toile.export.layout;

import java.util.List;

/**
 * A card measured and given its place.
 *
 * @param card what it shows
 * @param box where it is drawn
 * @param size font size of its text
 * @param titleLines the title, wrapped
 * @param bodyLines the body, wrapped
 */
public record PlacedCard(
    Card card, Box box, float size, List<String> titleLines, List<String> bodyLines) {

  public PlacedCard {
    titleLines = List.copyOf(titleLines);
    bodyLines = List.copyOf(bodyLines);
  }

  PlacedCard at(Box where) {
    return new PlacedCard(card, where, size, titleLines, bodyLines);
  }
}
