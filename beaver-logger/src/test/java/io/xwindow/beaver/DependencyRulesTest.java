package io.xwindow.beaver;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.xwindow.testkit.Architecture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * beaver-logger's packages depend on each other in one direction: the root ({@code Logger},
 * {@code Beaver}, the builders and options) puts the inner packages together, and none of them
 * uses it; the browser glue reports through functions it is given.
 */
@Tag(Architecture.TAG)
class DependencyRulesTest {
  private static final String ROOT = "io.xwindow.beaver";
  private final JavaClasses classes = Architecture.mainClasses(ROOT);

  @Test
  void noPackageDependsOnAnotherThatDependsBackOnIt() {
    Architecture.noPackageCycles(ROOT).check(classes);
  }

  @Test
  void noInnerPackageUsesTheRootPackage() {
    Architecture.rootUsedByNoInnerPackage(ROOT).check(classes);
  }

  @Test
  void takesTheSharedTimersOfTheBaseModule() {
    Architecture.declaresNoTimersOfItsOwn(ROOT).check(classes);
  }
}
