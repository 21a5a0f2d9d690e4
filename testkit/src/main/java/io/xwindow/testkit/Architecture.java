package io.xwindow.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The dependency rules each module checks on its own classes (with ArchUnit, on the JVM: they run
 * in both lanes, tagged {@value #TAG} so that {@code bin/test fast -Dgroups=architecture} runs
 * them alone):
 *
 * <pre>{@code
 * @Tag(Architecture.TAG)
 * class DependencyRulesTest {
 *   private final JavaClasses classes = Architecture.mainClasses("io.xwindow.postrobot");
 *
 *   @Test
 *   void noPackageCycles() {
 *     Architecture.noPackageCycles("io.xwindow.postrobot").check(classes);
 *   }
 * }
 * }</pre>
 */
public final class Architecture {
  /** The tag of the dependency-rule tests: JVM only, so the fast lane keeps them. */
  public static final String TAG = "architecture";

  /** post-robot's facade, the one class of its root package other modules call. */
  public static final String POST_ROBOT_FACADE = "io.xwindow.postrobot.PostRobot";

  /**
   * post-robot's public base besides the facade, as its package documentation lists it: the
   * packages a module built on post-robot may use; the rest is post-robot's own business.
   */
  public static final List<String> POST_ROBOT_BASE =
      List.of(
          "io.xwindow.postrobot.message",
          "io.xwindow.postrobot.error",
          "io.xwindow.postrobot.domain",
          "io.xwindow.postrobot.window");

  /** The artifacts a library or server may use in test scope only. */
  static final List<String> TEST_ONLY_ARTIFACTS =
      List.of("xwindow-testkit", "xwindow-testkit-probe", "xwindow-bench");

  private Architecture() {}

  /** The main classes (not the tests) under {@code rootPackage}, from the test's class path. */
  public static JavaClasses mainClasses(String rootPackage) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(rootPackage);
  }

  /** No two packages under {@code rootPackage} (itself included) depend on each other. */
  public static ArchRule noPackageCycles(String rootPackage) {
    return packageCycles(rootPackage, true);
  }

  /**
   * No two packages below {@code rootPackage} depend on each other; the root package itself is
   * left out: for a module whose inner packages still share types that live in its root.
   */
  public static ArchRule noCyclesBelowTheRoot(String rootPackage) {
    return packageCycles(rootPackage, false);
  }

  private static ArchRule packageCycles(String rootPackage, boolean rootIncluded) {
    SliceAssignment packages =
        new SliceAssignment() {
          @Override
          public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return (rootIncluded && name.equals(rootPackage)) || name.startsWith(rootPackage + ".")
                ? SliceIdentifier.of(name)
                : SliceIdentifier.ignore();
          }

          @Override
          public String getDescription() {
            return (rootIncluded ? "the packages of " : "the packages below ") + rootPackage;
          }
        };
    return slices().assignedFrom(packages).should().beFreeOfCycles();
  }

  /**
   * The packages under {@code rootPackage} never use the root package itself: it is the facade
   * that puts them together, and what they share lives in leaf packages.
   */
  public static ArchRule rootUsedByNoInnerPackage(String rootPackage) {
    return noClasses()
        .that()
        .resideInAPackage(rootPackage + ".*..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(rootPackage)
        .because(rootPackage + " is the facade; what inner packages share lives in leaf packages");
  }

  /** The classes of {@code clientPackage} use of post-robot only its facade and public base. */
  public static ArchRule usesOnlyPostRobotsPublicBase(String clientPackage) {
    return noClasses()
        .that()
        .resideInAPackage(clientPackage + "..")
        .should()
        .dependOnClassesThat(postRobotInternals())
        .because("a module built on post-robot uses its public base only (io.xwindow.postrobot)");
  }

  /** post-robot's public base uses nothing of post-robot beyond itself. */
  public static ArchRule postRobotBaseIsClosed() {
    return noClasses()
        .that()
        .resideInAnyPackage(POST_ROBOT_BASE.toArray(new String[0]))
        .should()
        .dependOnClassesThat(postRobotInternals())
        .because("a module must not reach post-robot's internals through its public base");
  }

  private static DescribedPredicate<JavaClass> postRobotInternals() {
    return DescribedPredicate.describe(
        "post-robot's internals (neither " + POST_ROBOT_FACADE + " nor " + POST_ROBOT_BASE + ")",
        target -> {
          String name = target.getName();
          String pkg = target.getPackageName();
          return (pkg.equals("io.xwindow.postrobot") || pkg.startsWith("io.xwindow.postrobot."))
              && !name.equals(POST_ROBOT_FACADE)
              && !POST_ROBOT_BASE.contains(pkg);
        });
  }

  /**
   * The classes of {@code rootPackage} declare no timers of their own: every time decision takes
   * {@code io.xwindow.base.time.Timers} of the base module, the one copy all the modules share.
   */
  public static ArchRule declaresNoTimersOfItsOwn(String rootPackage) {
    return noClasses()
        .that()
        .resideInAPackage(rootPackage + "..")
        .should()
        .haveSimpleNameEndingWith("Timers")
        .because("time is the base module's seam (io.xwindow.base.time), one copy for every module");
  }

  /** The classes of {@code rootPackage} use neither the test kit nor the benchmarks. */
  public static ArchRule usesNoTestCode(String rootPackage) {
    return noClasses()
        .that()
        .resideInAPackage(rootPackage + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.xwindow.testkit..", "io.xwindow.bench..")
        .because("the test kit and the benchmarks are test scope only");
  }

  /**
   * The dependencies in {@code pom} (a module's {@code pom.xml}) on the test kit, its probe or the
   * benchmarks that are not in test scope: what such a module would hand its users at run time.
   */
  public static List<String> testCodeOutsideTestScope(Path pom) throws Exception {
    Element project =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
            .getDocumentElement();
    List<String> found = new ArrayList<>();
    Element dependencies = child(project, "dependencies");
    if (dependencies == null) {
      return found;
    }
    NodeList all = dependencies.getChildNodes();
    for (int i = 0; i < all.getLength(); i++) {
      if (all.item(i) instanceof Element dependency) {
        String artifact = text(child(dependency, "artifactId"));
        String scope = text(child(dependency, "scope"));
        if (TEST_ONLY_ARTIFACTS.contains(artifact) && !"test".equals(scope)) {
          found.add(artifact + " in scope " + (scope.isEmpty() ? "compile" : scope));
        }
      }
    }
    return found;
  }

  private static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element;
      }
    }
    return null;
  }

  private static String text(Element element) {
    return element == null ? "" : element.getTextContent().trim();
  }
}
