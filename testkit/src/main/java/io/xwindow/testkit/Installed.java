package io.xwindow.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** The check that a browser's files are installed, failing with the command that installs them. */
final class Installed {
  private Installed() {}

  /**
   * Fails with the install command when one of {@code files} is not an executable file.
   *
   * @param what the browser, as a person calls it
   * @param packages the Debian packages that install the files
   */
  static void require(String what, String packages, Path... files) {
    for (Path file : files) {
      if (!Files.isExecutable(file)) {
        throw new AssertionError(
            what + " is not installed: " + file + " is missing. Install it with: sudo apt-get"
                + " install -y " + packages + " (bin/test and .ci/run do this for you)");
      }
    }
  }
}
