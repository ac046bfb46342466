package app.toile.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layers apart: arrows point toward the model, and no package cycle creeps in. */
@AnalyzeClasses(packages = "app.toile", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule modelIsPlainJava = noClasses()
      .that().resideInAPackage("app.toile.model..")
      .should().dependOnClassesThat().resideInAnyPackage("javafx..", "tools.jackson..",
          "com.fasterxml..", "org.apache.pdfbox..", "app.toile.io..", "app.toile.ui..",
          "app.toile.validation..", "app.toile.export..", "app.toile.command..", "app.toile.cli..");

  @ArchTest
  static final ArchRule headlessLayersNeverTouchTheScene = noClasses()
      .that().resideInAnyPackage("app.toile.model..", "app.toile.io..", "app.toile.validation..",
          "app.toile.export..", "app.toile.command..", "app.toile.cli..", "app.toile.disk..",
          "app.toile.recovery..", "app.toile.interchange..", "app.toile.versions..")
      .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
          "app.toile.ui..");

  /** The open formats are plain Java: no toolkit at all, no session, no editor. */
  @ArchTest
  static final ArchRule openFormatsArePlainJava = noClasses()
      .that().resideInAPackage("app.toile.interchange..")
      .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.toile.session..",
          "app.toile.ui..", "app.toile.cli..", "app.toile.command..", "app.toile.recovery..");

  /** The parsers of the open formats are reached through {@code interchange} alone. */
  @ArchTest
  static final ArchRule formatParsersStayInInterchange = noClasses()
      .that().resideOutsideOfPackages("app.toile.interchange..")
      .should().dependOnClassesThat().resideInAnyPackage("org.commonmark..", "org.apache.commons.csv..");

  @ArchTest
  static final ArchRule jacksonStaysInIo = noClasses()
      .that().resideOutsideOfPackages("app.toile.io..")
      .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..");

  /** Files are touched in one place: the safe writer and the bounded reader know no canvas. */
  @ArchTest
  static final ArchRule diskKnowsNoCanvas = noClasses()
      .that().resideInAPackage("app.toile.disk..")
      .should().dependOnClassesThat().resideInAnyPackage("app.toile.model..", "app.toile.io..",
          "app.toile.export..", "app.toile.ui..", "app.toile.cli..", "tools.jackson..");

  /** Recovery copies and crash logs are files below the editor: plain Java, no toolkit. */
  @ArchTest
  static final ArchRule recoveryStoresArePlainJava = noClasses()
      .that().resideInAPackage("app.toile.recovery..")
      .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.toile.session..",
          "app.toile.ui..", "app.toile.cli..");

  /**
   * Comparing and merging versions is plain Java on canvases in memory: no toolkit, no editor, no
   * file (the command line and the session read and write them).
   */
  @ArchTest
  static final ArchRule versionsArePlainJava = noClasses()
      .that().resideInAPackage("app.toile.versions..")
      .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.toile.session..",
          "app.toile.ui..", "app.toile.cli..", "app.toile.command..", "app.toile.io..",
          "app.toile.disk..", "app.toile.export..", "app.toile.recovery..");

  /** Where the guide stands is navigation, kept beside the canvas: the business model knows it not. */
  @ArchTest
  static final ArchRule theCanvasHoldsNoGuide = noClasses()
      .that().haveFullyQualifiedName("app.toile.model.Canvas")
      .should().dependOnClassesThat().haveFullyQualifiedName("app.toile.model.Guide");

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("app.toile.(*)..").should().beFreeOfCycles();
}
