package app.toile.io;

import app.toile.model.Extras;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON object being written from the model, field by field in the order they are added. Unset
 * values, empty lists and empty objects are left out, so a file holds only what the user filled in.
 */
final class JsonTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode node = NODES.objectNode();
  /** Every field name offered, set or not: an unknown field may never take one of them. */
  private final List<String> known = new ArrayList<>(16);

  /**
   * A field: a text, a whole number, true or false, an enum constant by name, an ISO date, an
   * exact decimal with its digits and scale (12.50 stays 12.50), another number without a fraction
   * when it is whole (40, not 40.0), an object, a JSON value kept as it was read, or a list of texts or objects.
   */
  JsonTree put(String name, Object v) {
    known.add(name);
    JsonNode value = value(v);
    if (value != null) {
      node.set(name, value);
    }
    return this;
  }

  private static JsonNode value(Object v) {
    if (v == null) {
      return null;
    } else if (v instanceof JsonNode raw) {
      return raw;
    } else if (v instanceof JsonTree child) {
      return child.isEmpty() ? null : child.node;
    } else if (v instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode(list.size());
      list.forEach(item -> array.add(value(item)));
      return list.isEmpty() ? null : array;
    } else if (v instanceof String || v instanceof Enum<?> || v instanceof LocalDate) {
      return NODES.stringNode(v instanceof Enum<?> e ? e.name() : v.toString());
    } else if (v instanceof Double d) {
      boolean whole = d == Math.rint(d) && Math.abs(d) < 1e15 && Double.compare(d, -0.0) != 0;
      return whole ? NODES.numberNode(d.longValue()) : NODES.numberNode(d);
    } else if (v instanceof BigDecimal d) {
      return DecimalNode.valueOf(d);
    } else if (v instanceof Integer i) {
      return NODES.numberNode(i);
    } else if (v instanceof Long l) {
      return NODES.numberNode(l);
    } else if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    throw new IllegalArgumentException("no JSON value for " + v.getClass());
  }

  /**
   * The fields a newer Toile wrote, after the known ones. A name this Toile knows cannot be an
   * unknown field, so such an entry (only code can make one) is not written.
   */
  JsonTree extras(Extras extras) {
    for (Map.Entry<String, String> e : extras.fields().entrySet()) {
      if (!known.contains(e.getKey())) {
        node.set(e.getKey(), RawJson.parse(e.getKey(), e.getValue()));
      }
    }
    return this;
  }

  boolean isEmpty() {
    return node.isEmpty();
  }

  ObjectNode node() {
    return node;
  }
}
