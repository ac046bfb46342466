package app.toile.io;

import app.toile.model.Extras;
import app.toile.model.Note;
import app.toile.model.NoteColour;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The notes of one block as they are read, kept as their fields until the block's list ends and
 * then made all at once. A note's record and its list of links then sit side by side in memory,
 * and the block's notes one after the other, instead of scattered among the texts and ids read
 * between them: the validator, which walks every note's links right after an open, then reads
 * them in the order the memory holds them rather than missing the caches at each note.
 * One instance serves every block of a file.
 */
final class PendingNotes {
  private String[] ids = new String[64];
  private String[] texts = new String[64];
  private NoteColour[] colours = new NoteColour[64];
  private Extras[] extras = new Extras[64];
  /** Where each note's links end in {@link #links}. */
  private int[] linkEnds = new int[64];
  private final List<String> links = new ArrayList<>();
  private int count;

  /** Forgets the notes of the block before. */
  void clear() {
    count = 0;
    links.clear();
  }

  /** Where the links of the note being read go, in their order, before {@link #add} is called. */
  List<String> links() {
    return links;
  }

  /** Adds the note whose links were just added to {@link #links()}. */
  void add(String id, String text, NoteColour colour, Extras extra) {
    if (count == ids.length) {
      int size = count * 2;
      ids = Arrays.copyOf(ids, size);
      texts = Arrays.copyOf(texts, size);
      colours = Arrays.copyOf(colours, size);
      extras = Arrays.copyOf(extras, size);
      linkEnds = Arrays.copyOf(linkEnds, size);
    }
    ids[count] = id;
    texts[count] = text;
    colours[count] = colour;
    extras[count] = extra;
    linkEnds[count] = links.size();
    count++;
  }

  /** The notes added since the last {@link #clear()}, in their order. */
  List<Note> notes() {
    Note[] notes = new Note[count];
    int start = 0;
    for (int i = 0; i < count; i++) {
      int end = linkEnds[i];
      notes[i] = new Note(ids[i], texts[i], colours[i], linksOf(start, end), extras[i]);
      start = end;
    }
    // Let go of the texts read, so that the buffer keeps no file alive after its open.
    Arrays.fill(ids, 0, count, null);
    Arrays.fill(texts, 0, count, null);
    Arrays.fill(extras, 0, count, null);
    return Arrays.asList(notes);
  }

  /** The links from start to end as the immutable list a note keeps (it would copy any other). */
  private List<String> linksOf(int start, int end) {
    return switch (end - start) {
      case 0 -> List.of();
      case 1 -> List.of(links.get(start));
      case 2 -> List.of(links.get(start), links.get(start + 1));
      default -> List.copyOf(links.subList(start, end));
    };
  }
}
