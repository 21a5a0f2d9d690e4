package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Lane;
import io.xwindow.testkit.TypeScript;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript typings shipped beside the bundle compile, with {@code --strict}, against the
 * API as a parent page and a child page use it, under both globals, with the child's build's
 * typings too, and refuse misuses. Uses the TypeScript compiler from npm.
 */
@Tag(Lane.TSC)
class TypingsTest {
  private static final Path XCOMPONENT = Path.of("target/xcomponent.d.ts");
  private static final Path ZOID = Path.of("target/zoid.d.ts");
  private static final Path XCOMPONENT_CHILD = Path.of("target/xcomponent-child.d.ts");
  private static final Path ZOID_CHILD = Path.of("target/zoid-child.d.ts");
  private static final Pattern ERROR_LINE = Pattern.compile("\\.ts\\((\\d+),\\d+\\): error");

  private static String compile(String sample) throws Exception {
    return TypeScript.check(XCOMPONENT, resource(sample));
  }

  /**
   * zoid.d.ts takes its types from the xcomponent.d.ts beside it, and the compiler is given one
   * typings file: so the sample is given the shipped zoid.d.ts in place, by its absolute path.
   */
  private static String compileForZoid(String sample) throws Exception {
    return compileReferencing(sample, ZOID);
  }

  /**
   * As {@link #compileForZoid}, for a sample that references {@code typings} (one that takes its
   * types from xcomponent.d.ts) by its file name.
   */
  private static String compileReferencing(String sample, Path typings) throws Exception {
    String source = Files.readString(resource(sample));
    String reference = "/// <reference path=\"" + typings.getFileName() + "\" />";
    String inPlace = source.replace(reference,
        "/// <reference path=\"" + typings.toAbsolutePath() + "\" />");
    assertTrue(!inPlace.equals(source), sample + " should reference " + typings.getFileName());
    Path dir = Files.createTempDirectory("typings-sample");
    return TypeScript.check(XCOMPONENT, Files.writeString(dir.resolve(sample), inPlace));
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(TypingsTest.class.getResource("typings/" + name).toURI());
  }

  private static List<Integer> errorLines(String result) {
    Matcher matcher = ERROR_LINE.matcher(result);
    return matcher.results().map(m -> Integer.valueOf(m.group(1))).distinct()
        .collect(Collectors.toList());
  }

  @Test
  void shipBesideTheBundle() throws IOException {
    assertTrue(Files.readString(XCOMPONENT).contains("export as namespace xcomponent;"));
    assertTrue(Files.readString(ZOID).contains("export as namespace zoid;"));
    assertTrue(Files.readString(XCOMPONENT_CHILD).contains("export as namespace xcomponent;"));
    assertTrue(Files.readString(ZOID_CHILD).contains("export as namespace zoid;"));
  }

  @Test
  void describeTheApiAsParentAndChildPagesUseIt() throws Exception {
    assertEquals("0:", compile("usage.ts"));
  }

  @Test
  void describeTheSameApiUnderTheZoidGlobal() throws Exception {
    assertEquals("0:", compileForZoid("zoid-usage.ts"));
  }

  @Test
  void describeTheChildsBuildUnderBothGlobals() throws Exception {
    assertEquals("0:", compileReferencing("child-usage.ts", XCOMPONENT_CHILD));
    assertEquals("0:", compileReferencing("zoid-child-usage.ts", ZOID_CHILD));
  }

  @Test
  void describeTheDriversAsFrameworksUseThem() throws Exception {
    assertEquals("0:", compile("drivers.ts"));
  }

  @Test
  void refuseMisusesEachOnItsLine() throws Exception {
    String result = compile("misuse.ts");
    // 5: a prop defined with the wrong type; 8: a prop passed with the wrong type; 9: an unknown
    // context; 10: a dimension without a unit; 11: a function prop from the child is a promise;
    // 12: required props left out; 13: zoidChildren is a boolean; 14: type 'email' for a number;
    // 15: a driver that does not exist; 16: react without React, and a function prop that is not
    // one; 17: an element property of the wrong type; 18: a context no driver has; 19:
    // closeOnBackdropClick is a boolean; 20: an Angular input of the wrong type; 21: angular2
    // without ElementRef and NgZone
    assertEquals(List.of(5, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21), errorLines(result),
        result);
    assertTrue(result.contains("'\"lightbox\"' is not assignable to parameter of type 'Context"), result);
  }

  @Test
  void refuseAnUnknownContextUnderTheZoidGlobal() throws Exception {
    String result = compileForZoid("zoid-misuse.ts");
    assertEquals(List.of(4), errorLines(result), result);
    assertTrue(result.contains("'\"lightbox\"' is not assignable"), result);
  }
}
