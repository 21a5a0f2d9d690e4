package io.xwindow.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The fast lane: the kit refuses there what an untagged test reaches for, naming the tag to add;
 * and the root POM's profile {@code fast} leaves out every lane tag and builds no bundle.
 */
class LaneTest {
  @Test
  void theFastLaneRefusesWhatAnUntaggedTestNeedsAndNamesTheTag() {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class, () -> Lane.require("fast", Lane.REDIS, "a redis-server"));

    assertEquals(
        "this test needs a redis-server, which the fast lane (bin/test fast) does not provide:"
            + " tag it @Tag(Lane.REDIS) so that only bin/test runs it",
        refused.getMessage());
  }

  @Test
  void theFullLaneProvidesEverything() {
    for (String tag : Lane.LEFT_OUT_OF_FAST) {
      assertDoesNotThrow(() -> Lane.require("full", tag, "what " + tag + " stands for"));
    }
  }

  @Test
  void theFastProfileLeavesOutEveryLaneTagAndBuildsNoBundle() throws Exception {
    Element fast = profile("fast");

    String excluded = fast.getElementsByTagName("excludedGroups").item(0).getTextContent();
    assertEquals(Set.copyOf(Lane.LEFT_OUT_OF_FAST), Set.of(excluded.trim().split("\\s*,\\s*")));
    assertEquals("none", fast.getElementsByTagName("xwindow.bundle.phase").item(0).getTextContent());
    assertEquals("fast", fast.getElementsByTagName(Lane.PROPERTY).item(0).getTextContent());
  }

  private static Element profile(String id) throws Exception {
    Document pom =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Bundles.root().resolve("pom.xml").toFile());
    NodeList profiles = pom.getElementsByTagName("profile");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < profiles.getLength(); i++) {
      Element profile = (Element) profiles.item(i);
      String profileId = profile.getElementsByTagName("id").item(0).getTextContent();
      if (profileId.equals(id)) {
        return profile;
      }
      ids.add(profileId);
    }
    throw new AssertionError("the root pom.xml has no profile " + id + ", only " + ids);
  }
}
