package io.xwindow.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of a server module, as a test interface its {@code DependencyRulesTest}
 * implements: no package cycles, and nothing it hands its users at run time is test code (its
 * classes use neither the test kit nor the benchmarks, and its POM has them in test scope only).
 *
 * <pre>{@code
 * class DependencyRulesTest implements ServerDependencyRules {
 *   public String rootPackage() { return "io.xwindow.serverkit"; }
 * }
 * }</pre>
 */
@Tag(Architecture.TAG)
public interface ServerDependencyRules {
  /** The module's root package. */
  String rootPackage();

  @Test
  default void noPackageDependsOnAnotherThatDependsBackOnIt() {
    Architecture.noPackageCycles(rootPackage()).check(Architecture.mainClasses(rootPackage()));
  }

  @Test
  default void theClassesUseNoTestCode() {
    Architecture.usesNoTestCode(rootPackage()).check(Architecture.mainClasses(rootPackage()));
  }

  /** Run from the module's folder, as Surefire runs it. */
  @Test
  default void thePomHasTheTestKitAndTheBenchmarksInTestScopeOnly() throws Exception {
    assertEquals(List.of(), Architecture.testCodeOutsideTestScope(Path.of("pom.xml")));
  }
}
