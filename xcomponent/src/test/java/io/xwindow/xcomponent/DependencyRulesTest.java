package io.xwindow.xcomponent;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.xwindow.testkit.Architecture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * xcomponent uses of post-robot its public base only, and its packages below the root have no
 * cycle.
 */
@Tag(Architecture.TAG)
class DependencyRulesTest {
  private static final String ROOT = "io.xwindow.xcomponent";
  private final JavaClasses classes = Architecture.mainClasses(ROOT);

  /**
   * Below the root only: the inner packages still share types that live in the root package
   * ({@code CloseReason, Context, ErrorCode, Errors, EventName, XComponentError}), so the root
   * and its inner packages use each other.
   */
  @Test
  void noPackageBelowTheRootDependsOnAnotherThatDependsBackOnIt() {
    Architecture.noCyclesBelowTheRoot(ROOT).check(classes);
  }

  @Test
  void ofPostRobotOnlyItsPublicBaseIsUsed() {
    Architecture.usesOnlyPostRobotsPublicBase(ROOT).check(classes);
  }
}
