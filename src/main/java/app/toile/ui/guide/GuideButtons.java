package app.toile.ui.guide;

import app.toile.model.Block;
import app.toile.ui.base.Icons;
import app.toile.ui.base.LazyTooltip;
import app.toile.ui.base.Localization;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/**
 * The guide card's row of buttons: Back, Next, the fold button that puts the questions away (or
 * shows them again) and Leave, compact enough to share one line of a narrow column.
 */
final class GuideButtons extends HBox {
  private final Localization l10n;
  private final BooleanProperty folded = new SimpleBooleanProperty(this, "folded", false);

  GuideButtons(GuideViewModel vm, Localization l10n) {
    super(6);
    this.l10n = l10n;
    Button back = button("guide.back", "guide-back", vm::back);
    Button next = button("guide.next", "guide-next", vm::next);
    Button leave = button("guide.leave", "guide-leave", vm::leave);
    back.disableProperty().bind(vm.indexProperty().isEqualTo(0));
    next.disableProperty().bind(vm.indexProperty().isEqualTo(Block.values().length - 1));
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    getChildren().addAll(back, next, gap, foldButton(), leave);
  }

  /** Whether the questions are folded away, leaving the card's name and buttons. */
  BooleanProperty foldedProperty() {
    return folded;
  }

  private Button foldButton() {
    Button fold = new Button();
    fold.setId("guide-fold");
    fold.getStyleClass().addAll("flat", "button-icon");
    fold.graphicProperty().bind(Bindings.createObjectBinding(
        () -> Icons.of(folded.get() ? Feather.CHEVRON_DOWN : Feather.CHEVRON_UP), folded));
    var tip = Bindings.when(folded).then(l10n.ui("guide.unfold")).otherwise(l10n.ui("guide.fold"));
    fold.accessibleTextProperty().bind(tip);
    LazyTooltip.bind(fold, tip);
    fold.setOnAction(e -> folded.set(!folded.get()));
    return fold;
  }

  private Button button(String key, String id, Runnable run) {
    Button button = new Button();
    button.textProperty().bind(l10n.ui(key));
    button.setId(id);
    button.getStyleClass().add("small");
    button.setMinWidth(Button.USE_PREF_SIZE);
    button.setOnAction(e -> run.run());
    return button;
  }
}
