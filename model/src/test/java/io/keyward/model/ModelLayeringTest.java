package io.keyward.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** model is the bottom layer: no UI, no HTTP, nothing from the layers above it. */
@AnalyzeClasses(packages = "io.keyward.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelLayeringTest {
  @ArchTest
  static final ArchRule noUi =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..");

  @ArchTest
  static final ArchRule noHttp =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "java.net.http..");

  @ArchTest
  static final ArchRule nothingFromAbove =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.keyward.connectors..", "io.keyward.app..");
}
