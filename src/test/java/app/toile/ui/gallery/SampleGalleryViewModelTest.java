package app.toile.ui.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.toile.i18n.Texts;
import app.toile.io.SampleCatalog;
import app.toile.model.SegmentStrategy;
import app.toile.session.SampleCanvas;
import app.toile.session.Samples;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The gallery's cards and keyboard moves, without a toolkit, on the samples shipped. */
class SampleGalleryViewModelTest {
  private static final List<SampleCanvas> ENGLISH = Samples.installed().all(Locale.ENGLISH);
  private static final List<SampleCanvas> FRENCH = Samples.installed().all(Locale.FRENCH);

  private static SampleGalleryViewModel english() {
    return new SampleGalleryViewModel(ENGLISH, Texts.labels(Locale.ENGLISH));
  }

  @Test
  void showsEverySampleInGalleryOrderWithItsTitleDescriptionAndStrategy() {
    SampleGalleryViewModel model = english();
    assertThat(model.cards()).extracting(SampleCard::name).containsExactlyElementsOf(SampleCatalog.names());
    SampleCard paris = model.cards().get(0);
    assertThat(paris.title()).isEqualTo("Carnet: bookkeeping for solo entrepreneurs");
    assertThat(paris.description()).startsWith("A Paris start-up").doesNotContain("\n");
    assertThat(paris.segmentCount()).isEqualTo(ENGLISH.get(0).canvas().segments().size());
    assertThat(paris.noteCount()).isPositive();
    assertThat(model.cards()).allSatisfy(c -> {
      assertThat(c.title()).isNotBlank();
      assertThat(c.description()).isNotBlank();
    });
    SampleCard cardIssuer = model.cards().get(SampleCatalog.names().indexOf("card-issuer"));
    assertThat(cardIssuer.canvas().strategy()).isEqualTo(SegmentStrategy.MULTI_SIDED_PLATFORM);
    assertThat(cardIssuer.strategy()).isEqualTo("Multi-sided platform");
  }

  @Test
  void speaksTheLanguageTheSamplesWereReadIn() {
    SampleGalleryViewModel model = new SampleGalleryViewModel(FRENCH, Texts.labels(Locale.FRENCH));
    assertThat(model.cards().get(0).title()).startsWith("Carnet\u00a0: ");
    assertThat(model.cards().get(SampleCatalog.names().indexOf("card-issuer")).strategy())
        .isEqualTo("Plateforme multilat\u00e9rale");
    assertThat(model.cards()).extracting(SampleCard::title)
        .doesNotContainAnyElementsOf(english().cards().stream().map(SampleCard::title).toList());
  }

  @Test
  void leftAndRightGoThroughTheCardsInOrderAndStopAtTheEnds() {
    SampleGalleryViewModel model = english();
    model.left();
    assertThat(model.selected()).isZero();
    model.right();
    model.right();
    assertThat(model.selected()).isEqualTo(2);
    model.last();
    model.right();
    assertThat(model.selected()).isEqualTo(model.cards().size() - 1);
    model.first();
    assertThat(model.selected()).isZero();
  }

  @Test
  void upAndDownMoveByARowAndReachTheShorterLastRow() {
    SampleGalleryViewModel model = english();
    int columns = SampleGalleryViewModel.COLUMNS;
    int count = model.cards().size();
    assertThat(count).as("seven samples: a full row and a shorter one").isEqualTo(7);
    model.select(1);
    model.down();
    assertThat(model.selected()).isEqualTo(1 + columns);
    model.down();
    assertThat(model.selected()).as("already on the last row").isEqualTo(1 + columns);
    model.up();
    assertThat(model.selected()).isEqualTo(1);
    model.up();
    assertThat(model.selected()).as("already on the top row").isEqualTo(1);
    model.select(columns - 1);
    model.down();
    assertThat(model.selected()).as("no card below: the last one").isEqualTo(count - 1);
  }

  @Test
  void opensTheSelectedCardsCanvasAndIgnoresIndexesOutsideTheGallery() {
    SampleGalleryViewModel model = english();
    model.select(3);
    model.select(-1);
    model.select(99);
    assertThat(model.selected()).isEqualTo(3);
    assertThat(model.chosen()).isEqualTo(ENGLISH.get(3).canvas());
  }

  @Test
  void refusesAnEmptyGallery() {
    assertThatThrownBy(() -> new SampleGalleryViewModel(List.of(), Texts.labels(Locale.ENGLISH)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void previewNotesAreAsLargeAsFitsAndNeverLeaveTheirBlock() {
    for (int count : new int[] {1, 2, 5, 9, 17, 40}) {
      NoteGrid grid = NoteGrid.fit(count, 40, 60, 0.75, 22, 2);
      int rows = (count + grid.columns() - 1) / grid.columns();
      assertThat(grid.columns() * grid.width() + (grid.columns() - 1) * 2).isLessThanOrEqualTo(40.0001);
      assertThat(rows * grid.height() + (rows - 1) * 2).isLessThanOrEqualTo(60.0001);
      assertThat(grid.width()).isPositive().isLessThanOrEqualTo(22);
    }
    assertThat(NoteGrid.fit(1, 40, 60, 0.75, 22, 2).width()).isEqualTo(22);
    assertThat(NoteGrid.fit(9, 40, 60, 0.75, 22, 2).width())
        .as("fewer notes per row would make them smaller").isGreaterThan(NoteGrid.fit(40, 40, 60, 0.75, 22, 2).width());
  }
}
