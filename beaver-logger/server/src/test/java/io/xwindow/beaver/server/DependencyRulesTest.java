package io.xwindow.beaver.server;

import io.xwindow.testkit.ServerDependencyRules;

/** The dependency rules of the log endpoint: no package cycles, and no test code at run time. */
class DependencyRulesTest implements ServerDependencyRules {
  @Override
  public String rootPackage() {
    return "io.xwindow.beaver.server";
  }
}
