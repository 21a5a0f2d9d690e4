package io.xwindow.serverkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.xwindow.testkit.Architecture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The packages of the server kit have no cycle, and nothing it hands its users at run time is test code:
 * its classes use neither the test kit nor the benchmarks, and its POM has them in test scope only.
 */
@Tag(Architecture.TAG)
class DependencyRulesTest {
  private static final String ROOT = "io.xwindow.serverkit";
  private final JavaClasses classes = Architecture.mainClasses(ROOT);

  @Test
  void noPackageDependsOnAnotherThatDependsBackOnIt() {
    Architecture.noPackageCycles(ROOT).check(classes);
  }

  @Test
  void theClassesUseNoTestCode() {
    Architecture.usesNoTestCode(ROOT).check(classes);
  }

  @Test
  void thePomHasTheTestKitAndTheBenchmarksInTestScopeOnly() throws Exception {
    assertEquals(List.of(), Architecture.testCodeOutsideTestScope(Path.of("pom.xml")));
  }
}
