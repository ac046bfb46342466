package app.toile.export.layout;

import java.util.List;

/**
 * Something drawn as a small rectangle in a block: a sticky note, or a segment card in the
 * Customer Segments block. Colours are {@code #RRGGBB}.
 *
 * @param mark the chip drawn before the title (a segment card's own tag), or null
 * @param title bold first text, or null
 * @param body regular text, or null
 * @param fill background colour
 * @param links the chips along the bottom: the segments a note serves
 */
public record Card(Chip mark, String title, String body, String fill, List<Chip> links) {

  public Card {
    links = links == null ? List.of() : List.copyOf(links);
  }

  /** The colour of the chip before the title, or null when there is none. */
  public String swatch() {
    return mark == null ? null : mark.colour();
  }

  /** The colours of the chips along the bottom, in order. */
  public List<String> chips() {
    return links.stream().map(Chip::colour).toList();
  }
}
