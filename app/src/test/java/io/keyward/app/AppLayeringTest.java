package io.keyward.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers seen from the top: with every module on the class path, nothing below app reaches up
 * into it, and view models stay free of controls so they are testable without a screen.
 */
@AnalyzeClasses(packages = "io.keyward", importOptions = ImportOption.DoNotIncludeTests.class)
class AppLayeringTest {
  @ArchTest
  static final ArchRule lowerLayersDoNotReachUp =
      noClasses()
          .that()
          .resideInAnyPackage("io.keyward.model..", "io.keyward.connectors..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.keyward.app..", "javafx..");

  @ArchTest
  static final ArchRule viewModelsHoldNoControls =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..", "atlantafx..", "org.controlsfx..");
}
