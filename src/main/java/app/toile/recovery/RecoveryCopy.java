package app.toile.recovery;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A recovery copy waiting in the recovery folder: the unsaved state of a canvas, written while it
 * was being edited, that was not removed by a clean close.
 *
 * @param document the document it belongs to; an untitled one when its note was unreadable
 * @param copy the canvas file holding the copy
 * @param written when it was written
 * @param title the canvas's title at that moment, or null
 * @param problem why its note could not be read, or null when all is well; the copy itself may
 *     still restore
 */
public record RecoveryCopy(DocumentId document, Path copy, Instant written, String title,
    String problem) {}
