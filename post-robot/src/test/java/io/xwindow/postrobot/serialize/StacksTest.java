package io.xwindow.postrobot.serialize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StacksTest {
  @Test
  void aV8StackAlreadySaysItsMessage() {
    String v8 = "Error: Card declined\n    at pay (http://a/x.js:1:5)";

    assertEquals(v8, Stacks.headed(v8, "Error", "Card declined"));
  }

  @Test
  void aFirefoxOrWebKitStackGetsItsNameAndMessageFirst() {
    String firefox = "pay@http://a/x.js:1:5\n@http://a/x.js:2:1";

    assertEquals("TypeError: Card declined\n" + firefox, Stacks.headed(firefox, "TypeError", "Card declined"));
  }

  @Test
  void withoutANameTheLineSaysError() {
    assertEquals("Error: Nope\n@http://a/x.js:1:5", Stacks.headed("@http://a/x.js:1:5", null, "Nope"));
  }

  @Test
  void anEmptyMessageLeavesTheStackAlone() {
    assertEquals("@http://a/x.js:1:5", Stacks.headed("@http://a/x.js:1:5", "Error", ""));
    assertEquals("", Stacks.headed("", "Error", null));
  }

  @Test
  void anEmptyStackBecomesTheMessageLine() {
    assertEquals("Error: Nope\n", Stacks.headed("", "Error", "Nope"));
  }
}
