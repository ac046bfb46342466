package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.toile.model.Canvas;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers at and past the edge of what Java holds: in a known field they load or give one line
 * naming the field; in an unknown field they are kept exactly as written, through any number of
 * saves. Never anything else thrown.
 */
class ExtremeNumbersTest {
  private static final String DIGITS_900 = "9".repeat(900);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      budgetAmount       | 1e9999999999  | a number Toile can hold (at most 1000 digits written out)
      budgetAmount       | -1e9999999999 | a number Toile can hold (at most 1000 digits written out)
      budgetAmount       | 1e-9999999999 | a number Toile can hold (at most 1000 digits written out)
      budgetAmount       | 1E+2147483648 | a number Toile can hold (at most 1000 digits written out)
      budgetAmount       | 1e999999999   | a number Toile can hold (at most 1000 digits written out)
      budgetAmount       | 1e-1000       | a number Toile can hold (at most 1000 digits written out)
      marketSharePercent | 1e9999999999  | a number Toile can hold (at most 1.7e308 either way)
      marketSharePercent | -1E+2147483648 | a number Toile can hold (at most 1.7e308 either way)
      painDepth          | 1e9999999999  | a whole number
      painDepth          | 1E+2147483648 | a whole number
      painDepth          | DIGITS_900    | a whole number from -2147483648 to 2147483647
      painDepth          | -DIGITS_900   | a whole number from -2147483648 to 2147483647
      estimatedCustomers | DIGITS_900    | a whole number from -9223372036854775808 to 9223372036854775807
      estimatedCustomers | 1e-9999999999 | a whole number
      """)
  void aKnownFieldRefusesANumberItCannotHoldInOneLine(String field, String number,
      String expected) {
    String value = number.replace("DIGITS_900", DIGITS_900);
    CanvasFileException e = catchThrowableOfType(CanvasFileException.class,
        () -> load(evaluation(field, value)));
    assertThat(e).as("refused with a CanvasFileException").isNotNull();
    assertThat(e.getMessage()).isEqualTo("e.toile.json:4:" + (7 + field.length()) + ": \""
        + field + "\" must be " + expected + ", found " + Quote.shorten(value));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"customerCount", "ageMin"})
  void aWholeNumberOfNineHundredDigitsIsRefusedAnywhere(String field) {
    String json = field.equals("ageMin")
        ? canvas("\"market\": {\"target\": {\"ageMin\": " + DIGITS_900 + "}}")
        : canvas("\"segments\": [{\"id\": \"s\", \"customerCount\": " + DIGITS_900 + "}]");
    CanvasFileException e = catchThrowableOfType(CanvasFileException.class, () -> load(json));
    assertThat(e.reason()).startsWith("\"" + field + "\" must be a whole number from -");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      1e-9999999999  | 0.0
      -1e-9999999999 | -0.0
      1.5e2          | 150.0
      """)
  void aShareIsReadAsADoubleSoATinyOneIsZero(String number, double expected) {
    Canvas c = load(evaluation("marketSharePercent", number));
    assertThat(c.segments().get(0).evaluation().marketSharePercent()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"9e999", "1e-999", "0.000", "123456789012345678901234567890.50"})
  void anAmountToileCanHoldIsKeptExactly(String number) {
    Canvas c = load(evaluation("budgetAmount", number));
    assertThat(c.segments().get(0).evaluation().budgetAmount()).isEqualTo(new BigDecimal(number));
    assertThat(load(CanvasFiles.toBytes(c))).isEqualTo(c);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "+1", "01", "1.", ".5", "1e", "0x10"})
  void numbersJsonDoesNotHaveAreMalformedInAnyField(String number) {
    for (String json : new String[] {evaluation("budgetAmount", number),
        evaluation("trend", "[" + number + "]")}) {
      CanvasFileException e = catchThrowableOfType(CanvasFileException.class, () -> load(json));
      assertThat(e).as("refused with a CanvasFileException").isNotNull();
      assertThat(e.getMessage()).startsWith("e.toile.json:4:").contains("malformed JSON");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1e9999999999", "-1e9999999999", "1e-9999999999", "1E+2147483648",
      "-1E-2147483649", "1e999999999", "-0", "1E5", "1.50", "0.0e0", "123456789012345678901234567890",
      "DIGITS_900", "-DIGITS_900.5e-99999999999"})
  void anUnknownFieldKeepsItsNumberExactlyAsWritten(String written) {
    String number = written.replace("DIGITS_900", DIGITS_900);
    String json = unknown("{\"n\": " + number + ", \"list\": [" + number + ", {\"m\": " + number
        + "}]}");
    Canvas c = load(json);
    String kept = "{\"n\":" + number + ",\"list\":[" + number + ",{\"m\":" + number + "}]}";
    assertThat(c.segments().get(0).evaluation().extras().fields())
        .containsEntry("trend", kept);
    byte[] saved = CanvasFiles.toBytes(c);
    assertThat(new String(saved, StandardCharsets.UTF_8)).contains("\"n\": " + number + ",");
    Canvas again = load(saved);
    assertThat(again).isEqualTo(c);
    assertThat(CanvasFiles.toBytes(again)).isEqualTo(saved);
  }

  @Test
  void aFileWithSuchNumbersInUnknownFieldsSavesByteForByte() {
    byte[] file = TestCanvases.bytes("unknown-numbers.toile.json");
    assertThat(CanvasFiles.toBytes(load(file))).isEqualTo(file);
  }

  private static String evaluation(String field, String value) {
    return "{\"format\": \"toile-canvas\", \"formatVersion\": 1,\n"
        + "\"segments\": [{\"id\": \"s\",\n"
        + "\"evaluation\": {\n"
        + "  \"" + field + "\": " + value + "}}]}";
  }

  private static String unknown(String value) {
    return canvas("\"segments\": [{\"id\": \"s\", \"evaluation\": {\"painDepth\": 2, \"trend\": "
        + value + "}}]");
  }

  private static String canvas(String fields) {
    return "{\"format\": \"toile-canvas\", \"formatVersion\": 1, " + fields + "}";
  }

  private static Canvas load(String json) {
    return load(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Canvas load(byte[] bytes) {
    return CanvasFiles.fromBytes(bytes, "e.toile.json");
  }
}
