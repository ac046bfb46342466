package app.toile.export.layout;

import java.util.List;

/**
 * Something drawn as a small rectangle in a block: a sticky note, or a segment card in the
 * Customer Segments block. Colours are {@code #RRGGBB}.
 *
 * @param swatch colour of a chip drawn before the title, or null
 * @param title bold first text, or null
 * @param body regular text, or null
 * @param fill background colour
 * @param chips colours of the small chips along the bottom (the segments a note serves)
 */
public record Card(String swatch, String title, String body, String fill, List<String> chips) {

  public Card {
    chips = chips == null ? List.of() : List.copyOf(chips);
  }
}
