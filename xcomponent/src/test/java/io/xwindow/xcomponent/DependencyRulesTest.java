package io.xwindow.xcomponent;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.xwindow.testkit.Architecture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * xcomponent's packages, the root included, have no cycle; the root is the facade, used by no
 * inner package (what they share, the errors and the constants, lives in the leaf packages {@code
 * error} and {@code constant}); of post-robot it uses the public base only.
 */
@Tag(Architecture.TAG)
class DependencyRulesTest {
  private static final String ROOT = "io.xwindow.xcomponent";
  private final JavaClasses classes = Architecture.mainClasses(ROOT);

  @Test
  void noPackageDependsOnAnotherThatDependsBackOnIt() {
    Architecture.noPackageCycles(ROOT).check(classes);
  }

  @Test
  void noInnerPackageUsesTheRoot() {
    Architecture.rootUsedByNoInnerPackage(ROOT).check(classes);
  }

  @Test
  void ofPostRobotOnlyItsPublicBaseIsUsed() {
    Architecture.usesOnlyPostRobotsPublicBase(ROOT).check(classes);
  }

  @Test
  void takesTheSharedTimersOfTheBaseModule() {
    Architecture.declaresNoTimersOfItsOwn(ROOT).check(classes);
  }
}
