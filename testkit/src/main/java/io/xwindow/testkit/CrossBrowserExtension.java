package io.xwindow.testkit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * The engine of {@link CrossBrowser}: one invocation per selected engine, skipped with its reason
 * where the test or the engine declares it cannot run.
 */
final class CrossBrowserExtension implements TestTemplateInvocationContextProvider {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(CrossBrowserExtension.class);

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return AnnotationSupport.isAnnotated(context.getTestMethod(), CrossBrowser.class);
  }

  @Override
  public boolean mayReturnZeroTestTemplateInvocationContexts(ExtensionContext context) {
    return true;
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    CrossBrowser annotation =
        AnnotationSupport.findAnnotation(context.getTestMethod(), CrossBrowser.class).orElseThrow();
    String method = context.getRequiredTestMethod().getName();
    Map<Engine, String> cannot = reasons(annotation, method);
    Set<Engine> selected = Engine.selected();
    List<TestTemplateInvocationContext> invocations = new ArrayList<>();
    for (Engine engine : Engine.values()) {
      if (!selected.contains(engine)) {
        continue;
      }
      Optional<String> why =
          Optional.ofNullable(cannot.get(engine)).or(() -> engine.cannotRun(annotation.profile()));
      invocations.add(new Invocation(engine, annotation.profile(), why));
    }
    return invocations.stream();
  }

  /** The declared reasons by engine; a blank reason or an engine named twice is a mistake. */
  private static Map<Engine, String> reasons(CrossBrowser annotation, String method) {
    Map<Engine, String> reasons = new EnumMap<>(Engine.class);
    for (Cannot cannot : annotation.cannot()) {
      if (cannot.why().isBlank()) {
        throw new IllegalStateException(method + ": say why " + cannot.engine() + " cannot run it");
      }
      if (reasons.put(cannot.engine(), cannot.why()) != null) {
        throw new IllegalStateException(method + " names " + cannot.engine() + " twice in cannot");
      }
    }
    return reasons;
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
    private final Engine engine;
    private final Profile profile;
    private final Optional<String> cannot;

    Invocation(Engine engine, Profile profile, Optional<String> cannot) {
      this.engine = engine;
      this.profile = profile;
      this.cannot = cannot;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
      String label = profile.label();
      return "[" + engine + "]" + (label.isEmpty() ? "" : " " + label);
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      if (cannot.isPresent()) {
        String reason = engine + " cannot run this: " + cannot.get();
        return List.of((ExecutionCondition) context -> ConditionEvaluationResult.disabled(reason));
      }
      BrowserKind kind = BrowserKind.of(engine, profile);
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
          // the console's list of failures names a run by its index: the message names the engine
          (TestExecutionExceptionHandler)
              (context, failure) -> {
                if (failure instanceof TestAbortedException) {
                  throw failure;
                }
                throw new AssertionError("[" + kind + "] " + failure.getMessage(), failure);
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
