package io.xwindow.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/** The engine of {@link CrossBrowser}: one invocation per browser kind. */
final class CrossBrowserExtension implements TestTemplateInvocationContextProvider {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(CrossBrowserExtension.class);

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return AnnotationSupport.isAnnotated(context.getTestMethod(), CrossBrowser.class);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    CrossBrowser annotation =
        AnnotationSupport.findAnnotation(context.getTestMethod(), CrossBrowser.class).orElseThrow();
    return Arrays.stream(annotation.value()).map(Invocation::new);
  }

  /** The browser of {@code kind} for the test class of {@code context}, started on first use. */
  static Browser browser(ExtensionContext context, BrowserKind kind) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(kind, k -> new Shared(kind.start()), Shared.class)
        .browser;
  }

  /** Closes the shared browser when its test class ends. */
  private static final class Shared implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final Browser browser;

    Shared(Browser browser) {
      this.browser = browser;
    }

    @Override
    public void close() {
      browser.close();
    }
  }

  private static final class Invocation implements TestTemplateInvocationContext {
    private final BrowserKind kind;

    Invocation(BrowserKind kind) {
      this.kind = kind;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
      return kind.name().toLowerCase();
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(
          new ParameterResolver() {
            @Override
            public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
              return parameter.getParameter().getType() == Browser.class;
            }

            @Override
            public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
              return browser(context, kind);
            }
          },
          (AfterEachCallback)
              context -> {
                Browser browser = browser(context, kind);
                List<String> errors = browser.errors();
                browser.reset();
                if (!errors.isEmpty()) {
                  throw new AssertionError(
                      kind + " reported script errors:\n  " + String.join("\n  ", errors));
                }
              });
    }
  }
}
