package app.toile.versions;

import app.toile.model.Extras;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The leaves of one of the model's records, each by its field path ({@code name},
 * {@code evaluation.painDepth}, {@code profile.demographic.ageMin}: the record component names,
 * which are also the file's field names and the paths of a finding's target), and the record
 * rebuilt with one leaf replaced. Nested records are walked; texts, numbers, enums, dates, lists
 * and a record's {@link Extras} are leaves. Walking the components keeps every field the model
 * gains compared and merged without a line here.
 */
final class RecordLeaves {
  private RecordLeaves() {}

  /** Every leaf of the record, in declaration order. */
  static Map<String, Object> of(Record record) {
    Map<String, Object> leaves = new LinkedHashMap<>();
    collect(record, "", leaves);
    return leaves;
  }

  private static void collect(Record record, String prefix, Map<String, Object> leaves) {
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      Object value = value(record, c);
      String path = prefix + c.getName();
      if (value instanceof Record nested && !(value instanceof Extras)) {
        collect(nested, path + ".", leaves);
      } else {
        leaves.put(path, value);
      }
    }
  }

  /** A copy of the record with the leaf at a path replaced; the record itself when none is. */
  @SuppressWarnings("unchecked")
  static <R extends Record> R with(R record, String path, Object leaf) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    int dot = path.indexOf('.');
    String head = dot < 0 ? path : path.substring(0, dot);
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    boolean found = false;
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      values[i] = value(record, c);
      if (c.getName().equals(head)) {
        found = true;
        values[i] = dot < 0 ? leaf : with((Record) values[i], path.substring(dot + 1), leaf);
      }
    }
    if (!found) {
      return record;
    }
    try {
      Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
      return (R) canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild " + record.getClass().getSimpleName(), e);
    }
  }

  /**
   * The type of the leaf at a path of a record type ({@code Integer} for
   * {@code evaluation.painDepth}); null when the record has no such leaf.
   */
  static Class<?> typeOf(Class<?> recordType, String path) {
    int dot = path.indexOf('.');
    String head = dot < 0 ? path : path.substring(0, dot);
    for (RecordComponent c : recordType.getRecordComponents()) {
      if (c.getName().equals(head)) {
        boolean nested = c.getType().isRecord() && c.getType() != Extras.class;
        if (dot < 0) {
          return nested ? null : c.getType();
        }
        return nested ? typeOf(c.getType(), path.substring(dot + 1)) : null;
      }
    }
    return null;
  }

  private static Object value(Record record, RecordComponent c) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }
}
