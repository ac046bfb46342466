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
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON object being written from the model, field by field in the order they are added. Unset values, empty
 * lists and empty objects are left out, so a file holds only what the user filled in.
 */
final class JsonTree {
  private final ObjectNode node = CanvasJson.MAPPER.createObjectNode();
  /** Every field name offered, set or not: an unknown field may never take one of them. */
  private final List<String> known = new ArrayList<>(16);

  JsonTree text(String name, String v) {
    offer(name);
    if (v != null) {
      node.put(name, v);
    }
    return this;
  }

  JsonTree whole(String name, Integer v) {
    offer(name);
    if (v != null) {
      node.put(name, v.intValue());
    }
    return this;
  }

  JsonTree whole(String name, Long v) {
    offer(name);
    if (v != null) {
      node.put(name, v.longValue());
    }
    return this;
  }

  /** A number; whole values are written without a fraction ({@code 40}, not {@code 40.0}). */
  JsonTree number(String name, Double v) {
    offer(name);
    if (v == null) {
      return this;
    }
    boolean whole = v == Math.rint(v) && Math.abs(v) < 1e15 && Double.compare(v, -0.0) != 0;
    if (whole) {
      node.put(name, v.longValue());
    } else {
      node.put(name, v.doubleValue());
    }
    return this;
  }

  /** An exact decimal, written with its digits and scale as they are (so 12.50 stays 12.50). */
  JsonTree decimal(String name, BigDecimal v) {
    offer(name);
    if (v != null) {
      node.set(name, DecimalNode.valueOf(v));
    }
    return this;
  }

  JsonTree bool(String name, Boolean v) {
    offer(name);
    if (v != null) {
      node.put(name, v.booleanValue());
    }
    return this;
  }

  JsonTree choice(String name, Enum<?> v) {
    offer(name);
    if (v != null) {
      node.put(name, v.name());
    }
    return this;
  }

  JsonTree date(String name, LocalDate v) {
    offer(name);
    if (v != null) {
      node.put(name, v.toString());
    }
    return this;
  }

  JsonTree texts(String name, List<String> list) {
    offer(name);
    if (!list.isEmpty()) {
      ArrayNode array = node.putArray(name);
      list.forEach(array::add);
    }
    return this;
  }

  JsonTree object(String name, JsonTree child) {
    offer(name);
    if (!child.isEmpty()) {
      node.set(name, child.node);
    }
    return this;
  }

  JsonTree objects(String name, List<JsonTree> children) {
    offer(name);
    if (!children.isEmpty()) {
      ArrayNode array = node.putArray(name);
      children.forEach(c -> array.add(c.node));
    }
    return this;
  }

  /**
   * The fields a newer Toile wrote, after the known ones. A name this Toile knows cannot be an
   * unknown field, so such an entry (only code can make one) is not written.
   */
  JsonTree extras(Extras extras) {
    for (Map.Entry<String, String> e : extras.fields().entrySet()) {
      if (!known.contains(e.getKey())) {
        node.set(e.getKey(), parse(e.getKey(), e.getValue()));
      }
    }
    return this;
  }

  private void offer(String name) {
    known.add(name);
  }

  private static JsonNode parse(String name, String json) {
    try {
      return RawJson.parse(json);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown field \"" + name + "\" holds no JSON value", e);
    }
  }

  boolean isEmpty() {
    return node.isEmpty();
  }

  ObjectNode node() {
    return node;
  }
}
