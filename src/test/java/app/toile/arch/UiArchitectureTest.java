package app.toile.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.base.DescribedPredicate;

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
   * As JabRef's restrictStandardStreams: messages go through a logger or the user's dialogs. The
   * command line prints its report; the launcher hands it the streams; the first-frame probe
   * prints the one line the start-up benchmark reads.
   */
  @ArchTest
  static final ArchRule noStandardStreamsOutsideTheCommandLine = noClasses()
      .that().resideOutsideOfPackages("app.toile.cli..")
      .and().doNotHaveFullyQualifiedName("app.toile.Launcher")
      .and().doNotHaveFullyQualifiedName("app.toile.ui.FirstFrameProbe")
      .should().accessField(System.class, "out")
      .orShould().accessField(System.class, "err");

  /** A class named *View, or a node of the scene, in a feature of the editor. */
  private static DescribedPredicate<JavaClass> areViews() {
    return DescribedPredicate.describe("views", c -> c.getPackageName().startsWith("app.toile.ui.")
        && !c.getPackageName().startsWith("app.toile.ui.window")
        && (c.getSimpleName().endsWith("View") || c.isAssignableTo("javafx.scene.Node")));
  }
}
