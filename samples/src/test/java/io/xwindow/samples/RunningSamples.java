package io.xwindow.samples;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The samples' two sites, started on free ports before a test class and stopped after it:
 * {@code @RegisterExtension static RunningSamples samples = new RunningSamples();}
 */
final class RunningSamples implements BeforeAllCallback, AfterAllCallback {
  private SamplesServer server;

  @Override
  public void beforeAll(ExtensionContext context) {
    server = new SamplesServer(0, 0);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null) {
      server.close();
    }
  }

  /** The running server: its origins and sites. */
  SamplesServer server() {
    return server;
  }
}
