package io.xwindow.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each dependency rule fails on classes that break it (the fixtures beside this test) and names
 * what it found; the POM rule finds the test kit, its probe and the benchmarks outside test scope.
 */
@Tag(Architecture.TAG)
class ArchitectureTest {
  private static final String FIXTURE = "io.xwindow.testkit.fixture.";

  @TempDir Path folder;

  private static JavaClasses fixture(String name) {
    return new ClassFileImporter().importPackages(FIXTURE + name);
  }

  private static void assertViolated(String expected, Runnable check) {
    AssertionError failure = assertThrows(AssertionError.class, check::run);
    assertTrue(failure.getMessage().contains(expected), failure.getMessage());
  }

  @Test
  void aCycleThroughTheRootFailsTheFullRuleAndOnlyThat() {
    JavaClasses classes = fixture("rootcycle");

    assertViolated("Cycle detected: Slice " + FIXTURE + "rootcycle",
        () -> Architecture.noPackageCycles(FIXTURE + "rootcycle").check(classes));
    Architecture.noCyclesBelowTheRoot(FIXTURE + "rootcycle").check(classes);
  }

  @Test
  void aCycleBelowTheRootFailsBothRules() {
    JavaClasses classes = fixture("innercycle");

    assertViolated("Cycle detected",
        () -> Architecture.noPackageCycles(FIXTURE + "innercycle").check(classes));
    assertViolated("Cycle detected",
        () -> Architecture.noCyclesBelowTheRoot(FIXTURE + "innercycle").check(classes));
  }

  @Test
  void anInnerPackageThatUsesTheRootIsFound() {
    assertViolated("Inner.root()",
        () -> Architecture.rootUsedByNoInnerPackage(FIXTURE + "rootcycle")
            .check(fixture("rootcycle")));
  }

  @Test
  void aServerClassThatUsesTheTestKitIsFound() {
    assertViolated("LocalPorts.free()",
        () -> Architecture.usesNoTestCode(FIXTURE + "server").check(fixture("server")));
  }

  private Path pom(String dependencies) throws Exception {
    Path pom = folder.resolve("pom.xml");
    Files.writeString(pom, "<project><dependencyManagement><dependencies>"
        + "<dependency><artifactId>xwindow-testkit</artifactId></dependency>"
        + "</dependencies></dependencyManagement><dependencies>" + dependencies
        + "</dependencies></project>");
    return pom;
  }

  private static String dependency(String artifact, String scope) {
    return "<dependency><artifactId>" + artifact + "</artifactId>"
        + (scope == null ? "" : "<scope>" + scope + "</scope>") + "</dependency>";
  }

  @Test
  void theTestKitOrTheBenchmarksInCompileOrRuntimeScopeAreFound() throws Exception {
    Path pom = pom(dependency("xwindow-testkit", null) + dependency("xwindow-bench", "runtime")
        + dependency("xwindow-testkit-probe", "provided"));

    assertEquals(
        List.of("xwindow-testkit in scope compile", "xwindow-bench in scope runtime",
            "xwindow-testkit-probe in scope provided"),
        Architecture.testCodeOutsideTestScope(pom));
  }

  @Test
  void theTestKitInTestScopeAndOtherModulesInAnyScopePass() throws Exception {
    Path pom = pom(dependency("xwindow-testkit", "test") + dependency("xwindow-server-kit", null));

    assertEquals(List.of(), Architecture.testCodeOutsideTestScope(pom));
  }
}
