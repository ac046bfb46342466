package app.toile.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

class LocalizationTest {

  @Test
  void boundTextsFollowTheLanguageAtOnce() {
    Localization l10n = new Localization(Locale.GERMANY);
    assertThat(l10n.locale()).isEqualTo(Locale.ENGLISH);
    StringProperty shown = new SimpleStringProperty();
    shown.bind(l10n.label("block.channels.name"));
    // Something reads the text on invalidation, as a label's skin does, before change listeners run.
    String[] seenOnInvalidation = new String[1];
    shown.addListener(o -> seenOnInvalidation[0] = shown.get());
    StringBinding undo = l10n.ui("action.undoWhat", "x");

    l10n.setLocale(Locale.CANADA_FRENCH);
    assertThat(seenOnInvalidation[0]).isEqualTo("Canaux");
    assertThat(shown.get()).isEqualTo("Canaux");
    assertThat(undo.get()).isEqualTo("_Annuler : x");
  }
}
