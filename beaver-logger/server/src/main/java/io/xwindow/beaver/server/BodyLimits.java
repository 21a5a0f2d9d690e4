package io.xwindow.beaver.server;

import io.xwindow.beaver.server.limit.InFlightBytes;
import java.time.Duration;

/**
 * What a request body may cost: at most {@code maxBytes}, all there within {@code timeout}, and
 * together with the other bodies being read or logged at most what {@code inFlight} allows.
 */
record BodyLimits(long maxBytes, Duration timeout, InFlightBytes inFlight) {}
