package io.xwindow.memcookies.server;

import io.xwindow.testkit.Architecture;
import io.xwindow.testkit.ServerDependencyRules;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the memcookies middleware: no test code at run time, and no package
 * cycles below its root.
 */
class DependencyRulesTest implements ServerDependencyRules {
  @Override
  public String rootPackage() {
    return "io.xwindow.memcookies.server";
  }

  /**
   * Below the root only: {@code seal} still uses {@code ErrorCode} and {@code Outcome}, which live
   * in the root package, so the root and {@code seal} use each other.
   */
  @Test
  @Override
  public void noPackageDependsOnAnotherThatDependsBackOnIt() {
    Architecture.noCyclesBelowTheRoot(rootPackage()).check(Architecture.mainClasses(rootPackage()));
  }
}
