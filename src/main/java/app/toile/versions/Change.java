package app.toile.versions;

/**
 * One difference between two canvases, as data: what happened, where, and the values before and
 * after. Values are the model's own (texts, numbers, enum constants, lists of ids, a
 * {@link app.toile.validation.Finding}); how they read is {@link ComparisonText}'s business.
 *
 * @param kind added, removed, changed or moved
 * @param place where it is
 * @param subject the segment's name or the note's text as it reads now (before, when removed);
 *     null for the canvas's fields and findings
 * @param before the earlier value; for an added thing, null
 * @param after the later value; for a removed thing, null
 */
public record Change(Kind kind, Place place, String subject, Object before, Object after) {}
