package app.toile.ui.base;

import app.toile.model.CustomerSegment;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One editable field of a customer segment: where it sits (the same path findings point at, such
 * as {@code profile.demographic.ageMin}), its label, and how to read and replace it in an immutable
 * segment. Controls and tests work on fields, so a control never needs to know the model's shape.
 *
 * @param path the field path, as in {@code app.toile.validation.Target}
 * @param labelKey key of its label in the {@code labels} bundle
 * @param type the value's class, for controls that parse text
 * @param get reads the value; null when unset
 * @param set a copy of the segment with the value replaced (null unsets it)
 * @param <T> the value's type
 */
public record SegmentField<T>(
    String path,
    String labelKey,
    Class<T> type,
    Function<CustomerSegment, T> get,
    BiFunction<CustomerSegment, T, CustomerSegment> set) {

  /** The value in a segment, or null. */
  public T of(CustomerSegment s) {
    return get.apply(s);
  }

  /** A copy of a segment with this field set to a value. */
  public CustomerSegment with(CustomerSegment s, T value) {
    return set.apply(s, value);
  }
}
