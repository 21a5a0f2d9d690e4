package io.xwindow.xcomponent.parent;

import io.xwindow.base.time.ManualTimers;

/** Timers on a clock the test holds: {@link #advance} runs what falls due, in time order. */
public final class FakeTimers extends ManualTimers {}
