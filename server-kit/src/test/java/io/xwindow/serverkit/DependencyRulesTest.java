package io.xwindow.serverkit;

import io.xwindow.testkit.ServerDependencyRules;

/** The dependency rules of the server kit: no package cycles, and no test code at run time. */
class DependencyRulesTest implements ServerDependencyRules {
  @Override
  public String rootPackage() {
    return "io.xwindow.serverkit";
  }
}
