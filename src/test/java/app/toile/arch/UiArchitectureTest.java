package app.toile.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * Keeps the editor's wing side by side: the session knows no view, views know only their view
 * models, features reach each other through the session, and only the command line writes to the
 * standard streams.
 */
@AnalyzeClasses(packages = "app.toile", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {

  @ArchTest
  static final ArchRule sessionKnowsNoView = noClasses()
      .that().resideInAPackage("app.toile.session..")
      .should().dependOnClassesThat().resideInAnyPackage("app.toile.ui..", "javafx.scene..",
          "javafx.stage..");

  /** What a view shows comes from its view model: no view reads a file or holds the session. */
  @ArchTest
  static final ArchRule viewsSeeOnlyTheirViewModels = noClasses()
      .that(areViews())
      .should().dependOnClassesThat().resideInAnyPackage("app.toile.io..", "app.toile.session..");

  /** A view draws what its view model hands it: no command to build, no finding to read. */
  @ArchTest
  static final ArchRule viewsUseNoCommandNorValidation = noClasses()
      .that(areViews())
      .should().dependOnClassesThat().resideInAnyPackage("app.toile.io..", "app.toile.command..",
          "app.toile.validation..");

  /**
   * Features reach files through the session; the window and the app entry wire io. Recovery
   * copies and crash logs too: the recovery feature asks {@code session.Recoveries}.
   */
  @ArchTest
  static final ArchRule featuresImportNoIo = noClasses()
      .that(areInAFeature())
      .should().dependOnClassesThat().resideInAnyPackage("app.toile.io..", "app.toile.recovery..");

  @ArchTest
  static final ArchRule recoveryKnowsNoWindow = noClasses()
      .that().resideInAPackage("app.toile.ui.recovery..")
      .should().dependOnClassesThat().resideInAnyPackage("app.toile.ui.window..",
          "app.toile.ui.dialogs..");

  @ArchTest
  static final ArchRule dialogsKnowNoFeature = noClasses()
      .that().resideInAPackage("app.toile.ui.dialogs..")
      .should().dependOnClassesThat().resideInAnyPackage("app.toile.ui.recovery..",
          "app.toile.ui.window..", "app.toile.ui.editor..");

  /** The guide reaches the canvas and the segment editor through the session. */
  @ArchTest
  static final ArchRule guideKnowsNoOtherView = noClasses()
      .that().resideInAPackage("app.toile.ui.guide..")
      .should().dependOnClassesThat().resideInAnyPackage("app.toile.ui.editor..",
          "app.toile.ui.canvas..", "app.toile.ui.window..", "app.toile.ui.findings..");

  @ArchTest
  static final ArchRule onlyTheWindowComposes = noClasses()
      .that().resideInAPackage("app.toile.ui..")
      .and().resideOutsideOfPackages("app.toile.ui.window..", "app.toile.ui")
      .should().dependOnClassesThat().resideInAPackage("app.toile.ui.window..");

  @ArchTest
  static final ArchRule sharedWidgetsKnowNoFeature = noClasses()
      .that().resideInAPackage("app.toile.ui.base..")
      .should().dependOnClassesThat().resideInAnyPackage("app.toile.ui.canvas..",
          "app.toile.ui.notes..", "app.toile.ui.segments..", "app.toile.ui.findings..",
          "app.toile.ui.market..", "app.toile.ui.roadmap..", "app.toile.ui.guide..",
          "app.toile.ui.recovery..", "app.toile.ui.gallery..", "app.toile.ui.start..",
          "app.toile.ui.window..", "app.toile.ui.editor..", "app.toile.ui.dialogs..");

  /**
   * Features sit side by side: a feature of the editor (canvas, notes, segments, the segment
   * editor, findings, market, roadmap, guide, recovery, gallery, start...) uses its own package
   * and the shared widgets, never another feature nor the window; they talk through the session,
   * and the window alone puts them together.
   */
  @ArchTest
  static final ArchRule featuresNeverImportEachOther = classes()
      .that(areInAFeature())
      .should(useNoOtherUiPackage());

  @ArchTest
  static final ArchRule sharedWidgetsImportNoUiPackage = noClasses()
      .that().resideInAPackage("app.toile.ui.base..")
      .should().dependOnClassesThat(DescribedPredicate.describe("another ui package",
          c -> isUi(c.getPackageName()) && !c.getPackageName().startsWith("app.toile.ui.base")));

  /**
   * As JabRef's restrictStandardStreams: messages go through a logger or the user's dialogs. The
   * command line prints its report; the launcher hands it the streams; the first-frame probe
   * prints the one line the start-up benchmark reads, and the packaging's training run how its
   * export ended, for the build's log.
   */
  @ArchTest
  static final ArchRule noStandardStreamsOutsideTheCommandLine = noClasses()
      .that().resideOutsideOfPackages("app.toile.cli..")
      .and().doNotHaveFullyQualifiedName("app.toile.Launcher")
      .and().doNotHaveFullyQualifiedName("app.toile.ui.FirstFrameProbe")
      .and().doNotHaveFullyQualifiedName("app.toile.ui.TrainingRun")
      .should().accessField(System.class, "out")
      .orShould().accessField(System.class, "err");

  private static boolean isUi(String pkg) {
    return pkg.equals("app.toile.ui") || pkg.startsWith("app.toile.ui.");
  }

  /** A class of a feature: in a package under ui, other than the window and the shared widgets. */
  private static DescribedPredicate<JavaClass> areInAFeature() {
    return DescribedPredicate.describe("in a ui feature", c -> {
      String p = c.getPackageName();
      return p.startsWith("app.toile.ui.") && !p.startsWith("app.toile.ui.window")
          && !p.startsWith("app.toile.ui.base");
    });
  }

  private static ArchCondition<JavaClass> useNoOtherUiPackage() {
    return new ArchCondition<>("use no ui package but their own and ui.base") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          String p = d.getTargetClass().getBaseComponentType().getPackageName();
          if (isUi(p) && !p.equals(c.getPackageName()) && !p.startsWith("app.toile.ui.base")) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }

  /**
   * A class named *View, *Panel, *Card, *Strip or *Chart, one that builds controls for a view
   * (*Decorations, *Controls), or a node of the scene, in a feature.
   */
  private static DescribedPredicate<JavaClass> areViews() {
    return DescribedPredicate.describe("views", c -> c.getPackageName().startsWith("app.toile.ui.")
        && !c.getPackageName().startsWith("app.toile.ui.window")
        && (VIEW_NAMES.stream().anyMatch(n -> c.getSimpleName().endsWith(n))
            || c.isAssignableTo("javafx.scene.Node")));
  }

  private static final List<String> VIEW_NAMES =
      List.of("View", "Panel", "Card", "Strip", "Chart", "Decorations", "Controls");
}
