package io.xwindow.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's script tags: the generated form in every build, the exact integrity in a release. */
class ScriptTagLinesTest {
  private static final String OLD = "sha384-" + "A".repeat(64);
  private static final String NEW = "sha384-" + "B/+9".repeat(16);

  private static String tags(String version, String integrity, String... libraries) {
    StringBuilder tags = new StringBuilder();
    for (String lib : libraries) {
      tags.append("<script src=\"https://cdn.jsdelivr.net/npm/xwindow@").append(version).append("/dist/")
          .append(lib).append('-').append(version).append(".min.js\" integrity=\"").append(integrity)
          .append("\" crossorigin=\"anonymous\"></script>\n");
    }
    return tags.toString();
  }

  @Test
  void aSnapshotsReadmeMayShowAnEarlierBuildsIntegrity() {
    String made = tags("1.2.0-SNAPSHOT", NEW, "post-robot", "zoid");

    assertEquals(List.of(), ScriptTagLines.problems(tags("1.2.0-SNAPSHOT", OLD, "post-robot", "zoid"), made, "1.2.0-SNAPSHOT"));
  }

  @Test
  void aReleasesReadmeMustShowItsBundlesIntegrity() {
    String made = tags("1.2.0", NEW, "post-robot", "zoid");

    List<String> problems = ScriptTagLines.problems(tags("1.2.0", OLD, "post-robot", "zoid"), made, "1.2.0");

    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("bin/readme-script-tags"), problems.get(0));
    assertEquals(List.of(), ScriptTagLines.problems(made, made, "1.2.0"));
  }

  @Test
  void everyBuildRefusesAnotherVersionAnotherFileAMissingLineOrNoIntegrity() {
    String made = tags("1.2.0-SNAPSHOT", NEW, "post-robot", "zoid");

    assertFalse(ScriptTagLines.problems(tags("1.1.0-SNAPSHOT", OLD, "post-robot", "zoid"), made, "1.2.0-SNAPSHOT").isEmpty());
    assertFalse(ScriptTagLines.problems(tags("1.2.0-SNAPSHOT", OLD, "post-robot", "xcomponent"), made, "1.2.0-SNAPSHOT").isEmpty());
    assertFalse(ScriptTagLines.problems(tags("1.2.0-SNAPSHOT", OLD, "post-robot"), made, "1.2.0-SNAPSHOT").isEmpty());
    assertFalse(ScriptTagLines.problems(tags("1.2.0-SNAPSHOT", "sha256-abc", "post-robot", "zoid"), made, "1.2.0-SNAPSHOT").isEmpty());
    assertFalse(ScriptTagLines.problems(made.replace(" crossorigin=\"anonymous\"", ""), made, "1.2.0-SNAPSHOT").isEmpty());
  }

  @Test
  void aSnapshotsPageLoadsTheReadmesLinesWithTheBuildsIntegrity() {
    String made = tags("1.2.0-SNAPSHOT", NEW, "post-robot", "zoid");

    assertEquals(made, ScriptTagLines.asLoadable(tags("1.2.0-SNAPSHOT", OLD, "post-robot", "zoid"), made, "1.2.0-SNAPSHOT"));
    String release = tags("1.2.0", OLD, "post-robot", "zoid");
    assertEquals(release, ScriptTagLines.asLoadable(release, tags("1.2.0", NEW, "post-robot", "zoid"), "1.2.0"));
  }
}
