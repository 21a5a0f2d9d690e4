package io.xwindow.xcomponent.props;

/**
 * What {@link Host#call} returns when the user's function threw: the thrown value, so that the
 * rules can return a typed error instead of letting a user's exception through.
 */
public final class Thrown {
  /** What the function threw (usually an Error). */
  public final Object error;

  public Thrown(Object error) {
    this.error = error;
  }

  /** The message of the thrown error, for our own error's message. */
  String message(Host host) {
    Object message = "object".equals(host.typeOf(error)) ? host.get(error, "message") : null;
    return host.text(message != null ? message : error);
  }
}
