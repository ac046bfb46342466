package app.toile.ui.segments.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.toile.session.TestSessions;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A number typed in a segment field is taken only if the file can hold it, so that a canvas saved
 * from the editor always opens again.
 */
class NumberEntryTest {
  private final SegmentEditorViewModel vm = new SegmentEditorViewModel(TestSessions.direct());

  private <T> T parse(Class<T> type, String typed) {
    return NumberEntry.parse(type, typed, vm::holdsAmount);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e999"})
  void aShareThatIsNoFiniteNumberIsNotTaken(String typed) {
    assertThatThrownBy(() -> parse(Double.class, typed))
        .isInstanceOf(NumberFormatException.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1e999999999", "1e1000", "1e-1000", "1e9999999999"})
  void anAmountOfMoreDigitsThanTheFileHoldsIsNotTaken(String typed) {
    assertThatThrownBy(() -> parse(BigDecimal.class, typed))
        .isInstanceOf(NumberFormatException.class);
  }

  @Test
  void ordinaryNumbersAreTakenAsTyped() {
    assertThat(parse(BigDecimal.class, "1 234,50"))
        .isEqualTo(new BigDecimal("1234.50"));
    assertThat(parse(BigDecimal.class, "9e999")).isEqualTo(new BigDecimal("9e999"));
    assertThat(parse(Double.class, "12,5")).isEqualTo(12.5);
    assertThat(parse(Integer.class, "4")).isEqualTo(4);
  }
}
