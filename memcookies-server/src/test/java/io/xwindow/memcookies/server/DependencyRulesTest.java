package io.xwindow.memcookies.server;

import io.xwindow.testkit.ServerDependencyRules;

/**
 * The dependency rules of the memcookies middleware: no test code at run time, and no package
 * cycles (its error types live in the leaf package {@code error}, so {@code seal} and {@code wire}
 * never use the root).
 */
class DependencyRulesTest implements ServerDependencyRules {
  @Override
  public String rootPackage() {
    return "io.xwindow.memcookies.server";
  }
}
