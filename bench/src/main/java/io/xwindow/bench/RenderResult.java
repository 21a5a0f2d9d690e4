package io.xwindow.bench;

import java.util.List;

/**
 * How one library's renders went: their times, or why there are none, and any script errors the
 * pages reported (a library may measure and still report some).
 */
record RenderResult(RenderLibrary library, RenderTimes times, String failure, List<String> errors) {
  /** How the failure of a library that is not built begins. */
  static final String NOT_BUILT = "not built: ";

  RenderResult {
    errors = List.copyOf(errors);
  }

  /** A library that measured. */
  static RenderResult measured(RenderLibrary library, RenderTimes times, List<String> errors) {
    return new RenderResult(library, times, null, errors);
  }

  /** A library that could not be measured, and why. */
  static RenderResult failed(RenderLibrary library, String failure, List<String> errors) {
    return new RenderResult(library, null, failure, errors);
  }

  /** A library whose bundle is not built, so never run; {@code missing} says what is missing. */
  static RenderResult notBuilt(RenderLibrary library, String missing) {
    return failed(library, NOT_BUILT + missing, List.of());
  }

  /**
   * The passes of one library as one result: their times pooled when all measured, else the first
   * failure, naming its pass (counted from 1); the errors of every pass.
   */
  static RenderResult pool(List<RenderResult> passes) {
    RenderLibrary library = passes.get(0).library();
    List<String> errors = passes.stream().flatMap(p -> p.errors().stream()).toList();
    for (int i = 0; i < passes.size(); i++) {
      if (!passes.get(i).ok()) {
        return failed(library, "in pass " + (i + 1) + " of " + passes.size() + ": " + passes.get(i).failure(), errors);
      }
    }
    return measured(library, RenderTimes.pool(passes.stream().map(RenderResult::times).toList()), errors);
  }

  /** Whether it was never run, its bundle not built. */
  boolean notBuilt() {
    return failure != null && failure.startsWith(NOT_BUILT);
  }

  /** Whether it measured. */
  boolean ok() {
    return times != null;
  }
}
