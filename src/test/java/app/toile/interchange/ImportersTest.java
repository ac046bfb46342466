package app.toile.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.toile.io.CanvasFileException;
import app.toile.model.Block;
import app.toile.model.Canvas;
import app.toile.model.CustomerSegment;
import app.toile.model.NoteColour;
import app.toile.model.SegmentStatus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What each importer reads of files Toile did not write, and what it reports. */
class ImportersTest {

  @Test
  void markdownReadsFrenchNamesAliasesAndTags() {
    ImportResult r = md("""
        ---
        title: 'L''atelier'
        designed_for: Atelier SAS
        date: 2026-03-01
        ---
        # L'atelier

        ## 🤝 Partenaires

        - Fournisseurs de bois #Artisans-Parisiens

        ## Segments clients

        - Artisans parisiens
          - Besoin : trouver des clients
          - Profil :
            - Ville : Paris
          - Évaluation :
            - Profondeur de la douleur : 4
            - budget: 4/5
          - Statut : Cible prioritaire

        ## Revenue

        A paragraph is a note too.

        ## Ideas for later

        - Open in Lyon
        """);
    Canvas c = r.canvas();
    assertThat(c.header().title()).isEqualTo("L'atelier");
    assertThat(c.header().designedFor()).isEqualTo("Atelier SAS");
    assertThat(c.header().date()).isEqualTo(LocalDate.of(2026, 3, 1));
    CustomerSegment s = c.segments().get(0);
    assertThat(s.name()).isEqualTo("Artisans parisiens");
    assertThat(s.need()).isEqualTo("trouver des clients");
    assertThat(s.profile().geographic().city()).isEqualTo("Paris");
    assertThat(s.evaluation().painDepth()).isEqualTo(4);
    assertThat(s.evaluation().budget()).isEqualTo(4);
    assertThat(s.status()).isEqualTo(SegmentStatus.FOCUS);
    assertThat(c.notes(Block.KEY_PARTNERS).get(0).text()).isEqualTo("Fournisseurs de bois");
    assertThat(c.notes(Block.KEY_PARTNERS).get(0).segmentIds()).containsExactly(s.id());
    assertThat(c.notes(Block.REVENUE_STREAMS).get(0).text()).isEqualTo("A paragraph is a note too.");
    assertThat(c.freeNotes()).isEqualTo("## Ideas for later\n\n- Open in Lyon");
    assertThat(r.report().kept()).extracting(Kept::line).containsExactly(27);
    assertThat(r.report().dropped()).isEmpty();
    assertThat(r.report().headerFields()).isEqualTo(3);
  }

  @Test
  void markdownKeepsEscapedTextAndMultiLineNotes() {
    Canvas c = Canvas.empty().withNotes(Block.CHANNELS, java.util.List.of(
        app.toile.model.Note.of("n1", "#1 channel: *word of mouth* <b> [x] \\ & &amp;"),
        app.toile.model.Note.of("n2", "- first line\n2. second\n\n> fourth\n# fifth"),
        app.toile.model.Note.of("n3", "")));
    byte[] md = InterchangeFormat.MARKDOWN.export(c, new InterchangeOptions(
        java.util.Locale.ENGLISH, false)).get(0);
    ImportResult back = InterchangeFormat.MARKDOWN.read(md, "x.md");
    assertThat(back.report().dropped()).isEmpty();
    assertThat(back.canvas().notes(Block.CHANNELS)).extracting(n -> n.text())
        .containsExactly("#1 channel: *word of mouth* <b> [x] \\ & &amp;",
            "- first line\n2. second\n\n> fourth\n# fifth", "");
  }

  @Test
  void markdownValuesOfTheRightTypeLoadWhateverTheirMeaning() {
    ImportResult r = md("## Customer Segments\n\n- A\n  - scores:\n    - reach: 9\n"
        + "    - value: high\n  - status: sleeping\n");
    assertThat(r.canvas().segments().get(0).evaluation().reach()).isEqualTo(9);
    assertThat(r.report().dropped()).extracting(Dropped::reason)
        .containsExactly(DropReason.BAD_VALUE, DropReason.BAD_VALUE);
  }

  @Test
  void csvReadsSemicolonsFrenchWordsAndReportsTheRest() {
    ImportResult r = csv("Bloc;Texte;Couleur;Segments;Priorité\n"
        + "Canaux;Bouche à oreille;Vert;Artisans; Cafés;haute\n"
        + "Nowhere;lost;;;\n"
        + "Segments de clientèle;Artisans;;;\n"
        + "Flux de revenus;\"Abonnement; 29 €\";mauve;Artisans;\n");
    Canvas c = r.canvas();
    assertThat(c.notes(Block.CHANNELS).get(0).colour()).isEqualTo(NoteColour.GREEN);
    assertThat(c.segments()).extracting(CustomerSegment::name).containsExactly("Artisans");
    assertThat(c.notes(Block.REVENUE_STREAMS).get(0).text()).isEqualTo("Abonnement; 29 €");
    assertThat(r.report().dropped()).extracting(Dropped::reason).containsExactly(
        DropReason.UNKNOWN_COLUMN, DropReason.UNKNOWN_BLOCK, DropReason.SEGMENT_ROW,
        DropReason.BAD_COLOUR);
    assertThat(r.report().dropped()).extracting(Dropped::line).containsExactly(1, 3, 4, 5);
  }

  @Test
  void jsonCanvasReadsObsidianPresetsAndReportsWhatHasNoPlace() {
    ImportResult r = InterchangeFormat.JSON_CANVAS.read(bytes("""
        {"nodes":[
          {"id":"g1","type":"group","x":0,"y":0,"width":1000,"height":1000,"label":"Canaux"},
          {"id":"g2","type":"group","x":2000,"y":0,"width":1000,"height":1000,"label":"Segments"},
          {"id":"g3","type":"group","x":4000,"y":0,"width":100,"height":100,"label":"Misc"},
          {"id":"a","type":"text","x":10,"y":10,"width":100,"height":50,"text":"Web","color":"4"},
          {"id":"b","type":"text","x":2010,"y":10,"width":100,"height":50,"text":"**Makers**\\n\\n- Need: tools"},
          {"id":"c","type":"text","x":9000,"y":10,"width":100,"height":50,"text":"Loose idea"},
          {"id":"d","type":"file","x":10,"y":300,"width":100,"height":50,"file":"logo.png"},
          {"id":"e","type":"text","x":10,"y":600,"width":100,"height":50,"text":"Red","color":"#123456"}
        ],"edges":[
          {"id":"e1","fromNode":"a","toNode":"b","label":"serves"},
          {"id":"e2","fromNode":"a","toNode":"e"}
        ]}
        """), "x.canvas");
    Canvas c = r.canvas();
    assertThat(c.notes(Block.CHANNELS)).extracting(n -> n.text()).containsExactly("Web", "Red");
    assertThat(c.notes(Block.CHANNELS).get(0).colour()).isEqualTo(NoteColour.GREEN);
    assertThat(c.segments().get(0).name()).isEqualTo("Makers");
    assertThat(c.segments().get(0).need()).isEqualTo("tools");
    assertThat(c.notes(Block.CHANNELS).get(0).segmentIds()).containsExactly(c.segments().get(0).id());
    assertThat(c.freeNotes()).isEqualTo("Loose idea");
    assertThat(r.report().dropped()).extracting(Dropped::reason).containsExactlyInAnyOrder(
        DropReason.GROUP, DropReason.NODE_KIND, DropReason.BAD_COLOUR, DropReason.EDGE_LABEL,
        DropReason.EDGE);
  }

  @Test
  void aFileOfTheWrongShapeIsOneLine() {
    assertThatThrownBy(() -> InterchangeFormat.JSON_CANVAS.read(bytes("{\"nodes\": 3}"), "x.canvas"))
        .isInstanceOf(CanvasFileException.class).hasMessage("x.canvas: \"nodes\" must be a list");
    assertThatThrownBy(() -> csv("name,need\nA,B\n")).hasMessageContaining("segments table");
  }

  private static ImportResult md(String text) {
    return InterchangeFormat.MARKDOWN.read(bytes(text), "x.md");
  }

  private static ImportResult csv(String text) {
    return InterchangeFormat.CSV.read(bytes(text), "x.csv");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
