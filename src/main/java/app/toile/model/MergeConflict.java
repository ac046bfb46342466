package app.toile.model;

/**
 * A field that a three-way merge could not decide: both sides changed it differently, or one side
 * edited a note or segment the other deleted. The merge kept "ours"; the conflict records what
 * each side said so the founder can decide, and goes away when they do. Values are JSON text, as
 * the file holds them ({@code 4}, {@code "FOCUS"}, {@code "Cash forecast"}); null means unset, or
 * for a whole note or segment, deleted.
 *
 * @param segmentId the segment it is about, or null
 * @param noteId the note it is about, or null (both null: a field of the canvas itself)
 * @param field the field's path ({@code evaluation.painDepth}, {@code text}, {@code header.title});
 *     null for a whole note or segment edited on one side and deleted on the other
 * @param subject the segment's name or the note's text, to name it even once deleted
 * @param base the value both sides started from
 * @param ours the value kept, from the branch merged into
 * @param theirs the value of the branch merged in
 * @param extras fields from a newer Toile, kept as they were
 */
public record MergeConflict(String segmentId, String noteId, String field, String subject,
    String base, String ours, String theirs, Extras extras) {

  public MergeConflict {
    extras = extras == null ? Extras.NONE : extras;
  }
}
