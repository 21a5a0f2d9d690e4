package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The browser version, from what {@code chromium --version} prints. */
class MachineTest {

  @Test
  void findsTheVersionPastTheWrapperScriptsWarning() {
    assertEquals("Chromium 156.0.8078.79", Machine.browserVersionIn(
        "/usr/bin/chromium: 9: [: 25276514304: unexpected operator\n"
            + "Chromium 156.0.8078.79 built on Debian GNU/Linux 12 (bookworm)\n"));
  }

  @Test
  void keepsUnknownOutputWhole() {
    assertEquals("something else", Machine.browserVersionIn(" something else\n"));
  }
}
