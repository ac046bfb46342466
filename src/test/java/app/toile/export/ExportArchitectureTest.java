package app.toile.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layout computes on font metrics only, so that the PDF and PowerPoint exports share it. */
@AnalyzeClasses(packages = "app.toile.export", importOptions = ImportOption.DoNotIncludeTests.class)
class ExportArchitectureTest {

  @ArchTest
  static final ArchRule layoutKnowsNoOutputFormat = noClasses()
      .that().resideInAPackage("app.toile.export.layout..")
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.poi..",
          "java.awt..", "javax.imageio..", "app.toile.export");
}
