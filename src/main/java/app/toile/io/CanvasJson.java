package app.toile.io;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson mapper of Toile, built once: strict on input (duplicate keys refused, nesting,
 * text, number and document length capped; no default typing) and writing pretty JSON with
 * {@code \n} line ends on every platform, so that files diff well.
 */
final class CanvasJson {
  static final JsonMapper MAPPER = mapper();
  static final ObjectWriter PRETTY = MAPPER.writer().with(prettyPrinter());

  private CanvasJson() {}

  private static JsonMapper mapper() {
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxNestingDepth(CanvasFormat.MAX_DEPTH)
        .maxDocumentLength(CanvasFormat.MAX_FILE_BYTES)
        .maxStringLength(CanvasFormat.MAX_TEXT_CHARS)
        .maxNumberLength(CanvasFormat.MAX_NUMBER_CHARS)
        .build();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(limits)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // The mappings ask for fields by literal names: interned, they are found by reference.
        .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
        .build();
    return JsonMapper.builder(factory).build();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
