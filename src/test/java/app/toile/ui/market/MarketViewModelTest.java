package app.toile.ui.market;

import static org.assertj.core.api.Assertions.assertThat;

import app.toile.model.Canvas;
import app.toile.model.MarketDomain;
import app.toile.model.SegmentStrategy;
import app.toile.session.Document;
import app.toile.session.EditorSession;
import app.toile.session.TestSessions;
import app.toile.ui.market.MarketViewModel.Field;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The market and strategy fields: set, cleared back to unset, undone; without a toolkit. */
class MarketViewModelTest {
  private final EditorSession session = TestSessions.direct();
  private final Document doc = session.document();
  private final MarketViewModel vm = new MarketViewModel(session);

  @BeforeEach
  void open() {
    doc.load(Canvas.empty(), null);
  }

  record Case<T>(Field<T> field, T value) {}

  static Stream<Case<?>> cases() {
    return Stream.of(new Case<>(MarketViewModel.STRATEGY, SegmentStrategy.NICHE),
        new Case<>(MarketViewModel.DOMAIN, MarketDomain.PROFESSIONAL),
        new Case<>(MarketViewModel.AGE_MIN, 25), new Case<>(MarketViewModel.AGE_MAX, 60),
        new Case<>(MarketViewModel.FAMILY, "Couples"), new Case<>(MarketViewModel.LIFESTYLE, "Urban"),
        new Case<>(MarketViewModel.MEANS, "Comfortable"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  <T> void setClearAndUndo(Case<T> c) {
    Canvas before = doc.canvas();
    assertThat(vm.set(c.field(), c.value())).isTrue();
    assertThat(vm.value(c.field())).isEqualTo(c.value());
    assertThat(doc.undoKeyProperty().get()).isEqualTo(MarketViewModel.EDIT_KEY);
    assertThat(vm.set(c.field(), c.value())).isFalse();
    assertThat(vm.set(c.field(), null)).isTrue();
    assertThat(doc.canvas()).isEqualTo(before);
    doc.undo();
    assertThat(vm.value(c.field())).isEqualTo(c.value());
    doc.undo();
    assertThat(doc.canvas()).isEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void blankTextIsUnset(Case<?> c) {
    if (c.field().type() == String.class) {
      @SuppressWarnings("unchecked")
      Field<String> f = (Field<String>) c.field();
      vm.set(f, "x");
      vm.set(f, " ");
      assertThat(vm.value(f)).isNull();
    }
  }
}
