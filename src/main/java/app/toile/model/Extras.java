package app.toile.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields a newer Toile wrote that this version does not know, kept so that they are written back
 * unchanged. Each value is the field's JSON text; the model never interprets it.
 *
 * @param fields field name to raw JSON value, in file order
 */
public record Extras(Map<String, String> fields) {

  /** No unknown fields. */
  public static final Extras NONE = new Extras(Map.of());

  public Extras {
    fields = fields == null || fields.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }
}
