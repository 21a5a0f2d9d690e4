package io.xwindow.xcomponent.handshake;

/**
 * When the parent sends its offer: on the start-up hello of the post-robot in the child's window,
 * when that hello is xwindow's, from the window the parent made, on an origin the component's
 * domain matches; else on the component's own hello, as before.
 *
 * <p>Why: the child says both hellos in one turn, post-robot's first, and the parent answers
 * post-robot's at once; an offer sent then leaves in the same post as that answer, instead of
 * waiting for the parent's next turn and going in a message of its own. The checks are those of
 * the component's hello (the window is the one the parent made, the origin as the browser
 * reports it matches the domain), and the child still takes the props only from an allowed parent.
 *
 * <p>The component's hello that follows gets no second offer, unless the early one failed (the
 * page there did not listen for it yet: post-robot.js started before xcomponent.js): then it gets
 * the offer, as it always did. A new start-up hello (a new page in the window) starts over. Each
 * early offer carries its number, so that the late outcome of an older one changes nothing.
 * Decisions only, tested on the JVM.
 */
final class EarlyOffer {
  private static final int NONE = 0;
  private static final int IN_FLIGHT = 1;
  private static final int ANSWERED = 2;

  private int state = NONE;
  private int number;
  private boolean helloWaiting;

  /**
   * A post-robot said its start-up hello in the child's window; {@code eligible}: it is xwindow's,
   * from the window the parent made, on the domain. Returns the number of the offer to send now,
   * or 0 for none.
   */
  int startUpHello(boolean eligible) {
    number++;
    helloWaiting = false;
    state = eligible ? IN_FLIGHT : NONE;
    return eligible ? number : 0;
  }

  /** The component's hello came: true when it is to get the offer now. */
  boolean componentHello() {
    if (state == IN_FLIGHT) {
      helloWaiting = true; // answered by the offer in flight, or by one sent if that one fails
    }
    return state == NONE;
  }

  /** The child answered early offer {@code offer} (took the props or refused them). */
  void answered(int offer) {
    if (offer == number && state == IN_FLIGHT) {
      state = ANSWERED;
    }
  }

  /**
   * Early offer {@code offer} failed (nothing listened for it there yet, or the window went):
   * true when the component's hello already came, and so is to get the offer now.
   */
  boolean failed(int offer) {
    if (offer != number || state != IN_FLIGHT) {
      return false;
    }
    state = NONE;
    boolean waiting = helloWaiting;
    helloWaiting = false;
    return waiting;
  }
}
