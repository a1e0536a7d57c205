package io.keyward.connectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** connectors sit between model and app: no UI, nothing from app. */
@AnalyzeClasses(
    packages = "io.keyward.connectors",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ConnectorsLayeringTest {
  // allowEmptyShould: the module holds only its package so far; the rule guards what lands next.
  @ArchTest
  static final ArchRule noUi =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..", "java.awt..", "io.keyward.app..")
          .allowEmptyShould(true);
}
