package app.toile.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.toile.model.Canvas;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input gives one plain line naming the file, line, column and the problem. */
class BadInputTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      bad-malformed.toile.json       | 6  | 5  | malformed JSON: Unexpected character ('"'): was expecting comma to separate Object entries
      bad-truncated.toile.json       | 6  | 1  | malformed JSON: Unexpected end-of-input: expected close marker for Object
      bad-not-a-canvas.toile.json    | 1  | 1  | not a Toile canvas: no "format": "toile-canvas"
      bad-wrong-format.toile.json    | 2  | 13 | not a Toile canvas: expected "format": "toile-canvas", found "drawio-diagram"
      bad-top-level-list.toile.json  | 1  | 1  | not a Toile canvas: expected a JSON object, found a list
      bad-newer-version.toile.json   | 3  | 20 | written by a newer Toile: format version 3, this Toile reads up to 1
      bad-no-version.toile.json      | 1  | 1  | no "formatVersion": this Toile reads format version 1
      bad-version-zero.toile.json    | 3  | 20 | "formatVersion" must be 1 or more, found 0
      bad-blank-id.toile.json        | 6  | 13 | the "id" of segment 1 must not be blank
      bad-score-text.toile.json      | 8  | 22 | "painDepth" must be a whole number, found "high"
      bad-score-fraction.toile.json  | 8  | 19 | "budget" must be a whole number, found 3.5
      bad-age-text.toile.json        | 9  | 21 | "ageMin" must be a whole number, found "25"
      bad-unknown-status.toile.json  | 7  | 17 | "status" must be one of CANDIDATE, FOCUS, CONQUERED, NEXT, DROPPED, found "WON"
      bad-date.toile.json            | 5  | 13 | "date" must be a date as yyyy-MM-dd, found "23/11/2026"
      bad-segment-without-id.toile.json | 8 | 5 | segment 2 has no "id"
      bad-note-without-id.toile.json | 6  | 7  | note 1 of "channels" has no "id"
      bad-duplicate-id.toile.json    | 13 | 15 | duplicate id "seg-a", already used on line 6
      bad-duplicate-key.toile.json   | 6  | 12 | duplicate field "title"
      bad-too-deep.toile.json        | 4  | 77 | objects and lists nested deeper than 64 levels
      bad-latin1.toile.json          | 5  | 21 | not valid UTF-8 (byte 0xEE): save the file as UTF-8
      bad-null-segment.toile.json    | 5  | 5  | item 1 of "segments" must be an object, found null
      bad-dependson-number.toile.json | 9 | 9  | item 2 of "dependsOn" must be a text, found 42
      bad-huge-amount.toile.json     | 9  | 25 | "budgetAmount" must be a number Toile can hold (at most 1000 digits written out), found 1e9999999999
      """)
  void badFileGivesOneLineWithItsPlace(String file, int line, int column, String reason) {
    CanvasFileException e = catchThrowableOfType(CanvasFileException.class,
        () -> CanvasFiles.fromBytes(TestCanvases.bytes(file), file));
    assertThat(e.getMessage()).isEqualTo(file + ":" + line + ":" + column + ": " + reason);
    assertThat(e.file()).isEqualTo(file);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.reason()).isEqualTo(reason);
  }

  @Test
  void emptyFileIsNamedWithoutAPlace() {
    assertThatThrownBy(() -> CanvasFiles.fromBytes(new byte[0], "empty.toile.json"))
        .isInstanceOf(CanvasFileException.class)
        .hasMessage("empty.toile.json: the file is empty, it holds no canvas");
  }

  @Test
  void unknownBlockInNotesIsRefusedWithTheBlocksItKnows() {
    assertThatThrownBy(() -> CanvasFiles.fromBytes(
        TestCanvases.bytes("bad-unknown-block.toile.json"), "n.toile.json"))
        .hasMessageStartingWith("n.toile.json:5:25: \"notes\" has no block \"customerSegments\";")
        .hasMessageContaining("valuePropositions, channels");
  }

  @Test
  void messageStaysOneLineWhenTheFileQuotesLineBreaks() {
    String json = "{\"format\": \"toile-canvas\", \"formatVersion\": 1, \"strategy\": \"a\\nb\"}";
    assertThatThrownBy(() -> CanvasFiles.fromBytes(json.getBytes(StandardCharsets.UTF_8), "s"))
        .hasMessage("s:1:60: \"strategy\" must be one of MASS_MARKET, NICHE, SEGMENTED, DIVERSIFIED,"
            + " MULTI_SIDED_PLATFORM, found \"a\\nb\"");
  }

  @Test
  void numbersTooLargeForTheirFieldAreRefused() {
    String json = "{\"format\": \"toile-canvas\", \"formatVersion\": 1,"
        + " \"market\": {\"target\": {\"ageMin\": 3000000000}}}";
    assertThatThrownBy(() -> CanvasFiles.fromBytes(json.getBytes(StandardCharsets.UTF_8), "m"))
        .hasMessage("m:1:80: \"ageMin\" must be a whole number from -2147483648 to 2147483647,"
            + " found 3000000000");
  }

  @Test
  void aShareTooLargeForADoubleIsRefusedButALargeAmountIsKeptExactly() {
    String share = "{\"format\": \"toile-canvas\", \"formatVersion\": 1, \"segments\": [{\"id\": \"s\","
        + " \"evaluation\": {\"marketSharePercent\": 1e999}}]}";
    assertThatThrownBy(() -> CanvasFiles.fromBytes(share.getBytes(StandardCharsets.UTF_8), "s"))
        .hasMessage("s:1:110: \"marketSharePercent\" must be a number Toile can hold (at most 1.7e308"
            + " either way), found 1e999");
    String amount = share.replace("marketSharePercent", "budgetAmount");
    Canvas c = CanvasFiles.fromBytes(amount.getBytes(StandardCharsets.UTF_8), "a");
    assertThat(c.segments().get(0).evaluation().budgetAmount())
        .isEqualTo(new java.math.BigDecimal("1e999"));
    assertThat(CanvasFiles.fromBytes(CanvasFiles.toBytes(c), "again")).isEqualTo(c);
  }

  @Test
  void textAfterTheCanvasIsRefused() {
    String json = "{\"format\": \"toile-canvas\", \"formatVersion\": 1} {}";
    assertThatThrownBy(() -> CanvasFiles.fromBytes(json.getBytes(StandardCharsets.UTF_8), "t"))
        .hasMessage("t:1:48: the canvas must end the file, found an object after it");
  }

  @Test
  void fileOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.toile.json");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(CanvasFormat.MAX_FILE_BYTES + 1); // sparse: takes no disk space
    }
    assertThatThrownBy(() -> CanvasFiles.load(big))
        .isInstanceOf(CanvasFileException.class)
        .hasMessage(big + ": cannot read: the file is too large (104857601 bytes); the limit is"
            + " 100 MB");
  }

  @Test
  void missingFileAndFolderAreNamedPlainly(@TempDir Path dir) {
    Path missing = dir.resolve("missing.toile.json");
    assertThatThrownBy(() -> CanvasFiles.load(missing))
        .hasMessage(missing + ": cannot read: no such file or folder");
    assertThatThrownBy(() -> CanvasFiles.load(dir))
        .hasMessage(dir + ": cannot read: it is a folder, not a file");
  }

  @Test
  void valuesOutOfRangeAndDanglingLinksLoadUnchanged() {
    Canvas c = CanvasFiles.fromBytes(TestCanvases.bytes("out-of-range.toile.json"), "r");
    var s = c.segments().get(0);
    assertThat(s.name()).isEmpty();
    assertThat(s.profile().demographic().ageMin()).isEqualTo(-3);
    assertThat(s.profile().demographic().ageMax()).isEqualTo(200);
    assertThat(s.evaluation().painDepth()).isEqualTo(7);
    assertThat(s.evaluation().budget()).isZero();
    assertThat(s.evaluation().marketSharePercent()).isEqualTo(140.0);
    assertThat(s.evaluation().estimatedCustomers()).isEqualTo(-1L);
    assertThat(s.customerCount()).isEqualTo(-5L);
    assertThat(s.dependsOn()).containsExactly("seg-missing");
    assertThat(c.noteCount()).isEqualTo(1);
  }

  @Test
  void byteOrderMarkIsAccepted() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] file = TestCanvases.bytes("minimal.toile.json");
    byte[] withBom = new byte[bom.length + file.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(file, 0, withBom, bom.length, file.length);
    assertThat(CanvasFiles.fromBytes(withBom, "bom")).isEqualTo(Canvas.empty());
  }

  @Test
  void loadReadsAFileFromDisk(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("c.toile.json"), TestCanvases.bytes("complete.toile.json"));
    assertThat(CanvasFiles.load(file).segments()).hasSize(3);
  }
}
