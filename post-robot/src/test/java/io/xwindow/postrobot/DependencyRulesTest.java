package io.xwindow.postrobot;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.xwindow.testkit.Architecture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * post-robot's packages depend on each other in one direction: the facade ({@code PostRobot},
 * with {@code Robot} and {@code JsApi}) puts the inner packages together and none of them uses it;
 * its public base uses nothing of post-robot's internals.
 */
@Tag(Architecture.TAG)
class DependencyRulesTest {
  private static final String ROOT = "io.xwindow.postrobot";
  private final JavaClasses classes = Architecture.mainClasses(ROOT);

  @Test
  void noPackageDependsOnAnotherThatDependsBackOnIt() {
    Architecture.noPackageCycles(ROOT).check(classes);
  }

  @Test
  void noInnerPackageUsesTheFacadesPackage() {
    Architecture.rootUsedByNoInnerPackage(ROOT).check(classes);
  }

  @Test
  void thePublicBaseUsesNoInternals() {
    Architecture.postRobotBaseIsClosed().check(classes);
  }

  @Test
  void takesTheSharedTimersOfTheBaseModule() {
    Architecture.declaresNoTimersOfItsOwn(ROOT).check(classes);
  }
}
