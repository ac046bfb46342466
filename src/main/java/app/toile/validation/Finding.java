package app.toile.validation;

import java.util.List;
import java.util.Objects;

/**
 * One thing validation found: a stable code, what it points at, the message to show and the data
 * the message needs. The message text is not here: {@link FindingMessages} makes it in the user's
 * language from the key and arguments, with segment names looked up from the ids.
 *
 * @param code the stable code; it gives the severity
 * @param target the canvas, segment or note (and field) it points at
 * @param messageKey key of the message in the {@code messages} bundle (the code's key, or a more
 *     precise variant of it such as {@code finding.SEGMENT_BAD_RANGE.score})
 * @param arguments values the message quotes (numbers, ids, enum values), never localised text
 * @param relatedSegmentIds ids of the other segments involved, where the rule names them (the
 *     duplicates, the look-alikes, the focus segments, the suggested focus)
 */
public record Finding(
    FindingCode code,
    Target target,
    String messageKey,
    List<Object> arguments,
    List<String> relatedSegmentIds) {

  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(target, "target");
    messageKey = messageKey == null ? code.messageKey() : messageKey;
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
    relatedSegmentIds = relatedSegmentIds == null ? List.of() : List.copyOf(relatedSegmentIds);
  }

  /** A finding with the code's own message key and no other segment involved. */
  public static Finding of(FindingCode code, Target target, Object... arguments) {
    return new Finding(code, target, null, List.of(arguments), List.of());
  }

  /** A copy naming the other segments involved. */
  public Finding withRelated(List<String> ids) {
    return new Finding(code, target, messageKey, arguments, ids);
  }

  /** A copy with a more precise message key. */
  public Finding withMessageKey(String key) {
    return new Finding(code, target, key, arguments, relatedSegmentIds);
  }

  public Severity severity() {
    return code.severity();
  }
}
