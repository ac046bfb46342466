package app.toile.command;

import app.toile.model.Canvas;
import app.toile.model.Header;
import java.time.LocalDate;
import java.util.function.BiFunction;

/**
 * Changes one field of the canvas header.
 *
 * @param field the field
 * @param value its new value: text, or a {@link LocalDate} for the date; null unsets it
 */
public record EditHeader(Field field, Object value) implements Command {

  /** The header's fields. */
  public enum Field {
    TITLE((h, v) -> h.withTitle((String) v)),
    DESIGNED_FOR((h, v) -> h.withDesignedFor((String) v)),
    DESIGNED_BY((h, v) -> h.withDesignedBy((String) v)),
    DATE((h, v) -> h.withDate((LocalDate) v)),
    VERSION((h, v) -> h.withVersion((String) v));

    private final BiFunction<Header, Object, Header> setter;

    Field(BiFunction<Header, Object, Header> setter) {
      this.setter = setter;
    }

    /** The field's value in a header. */
    public Object of(Header h) {
      return switch (this) {
        case TITLE -> h.title();
        case DESIGNED_FOR -> h.designedFor();
        case DESIGNED_BY -> h.designedBy();
        case DATE -> h.date();
        case VERSION -> h.version();
      };
    }
  }

  public EditHeader {
    if (value != null && (field == Field.DATE) != (value instanceof LocalDate)) {
      throw new IllegalArgumentException(field + " cannot take " + value.getClass().getSimpleName());
    }
  }

  @Override
  public Canvas apply(Canvas canvas) {
    return canvas.withHeader(field.setter.apply(canvas.header(), value));
  }

  @Override
  public String descriptionKey() {
    return "command.editHeader";
  }
}
