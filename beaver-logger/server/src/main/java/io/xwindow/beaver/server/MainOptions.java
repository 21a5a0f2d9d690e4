package io.xwindow.beaver.server;

import io.xwindow.serverkit.Timeouts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line of {@link LogEndpointMain}, read and checked: {@code PORT [options]} (see
 * {@link #USAGE}). Every mistake is a {@link BadOptions} whose message is one line for people.
 */
final class MainOptions {
  static final String USAGE =
      "usage: log-endpoint PORT [--allow-origin ORIGIN]... [--public-origin ORIGIN]... [--allow-get]"
          + " [--no-rate-limit] [--rate-per-minute N] [--bytes-per-minute N] [--redis URI] [--otlp URL] [--body-timeout T]"
          + " [--request-parse-timeout T] [--no-request-timeout T] [--idle-timeout T] [--read-timeout T]"
          + " [--write-timeout T]   (T: e.g. 500ms, 10s, 2m)";
  /** The builder's default, kept when only --bytes-per-minute is given. */
  private static final long DEFAULT_REQUESTS_PER_MINUTE = 600;
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m)");

  /** A command line that cannot be run, and why, in one line. */
  static final class BadOptions extends Exception {
    BadOptions(String message) {
      super(message, null, false, false);
    }
  }

  final int port;
  final List<String> allowOrigins = new ArrayList<>();
  final List<String> publicOrigins = new ArrayList<>();
  boolean allowGet;
  boolean noRateLimit;
  long ratePerMinute;
  long bytesPerMinute;
  String redis;
  String otlp;
  Duration bodyTimeout;
  Timeouts timeouts = Timeouts.DEFAULT;

  private MainOptions(int port) {
    this.port = port;
  }

  /** Reads {@code args}. */
  static MainOptions parse(String[] args) throws BadOptions {
    if (args.length < 1) {
      throw new BadOptions(USAGE);
    }
    if (!args[0].matches("\\d{1,5}") || Integer.parseInt(args[0]) > 65_535) {
      throw new BadOptions("not a port (0 to 65535): '" + args[0] + "'; " + USAGE);
    }
    MainOptions options = new MainOptions(Integer.parseInt(args[0]));
    for (int i = 1; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--allow-get" -> options.allowGet = true;
        case "--no-rate-limit" -> options.noRateLimit = true;
        case "--allow-origin" -> options.allowOrigins.add(origin(option, value(args, ++i, option)));
        case "--public-origin" -> options.publicOrigins.add(origin(option, value(args, ++i, option)));
        case "--rate-per-minute" -> options.ratePerMinute = positive(option, value(args, ++i, option));
        case "--bytes-per-minute" -> options.bytesPerMinute = positive(option, value(args, ++i, option));
        case "--redis" -> options.redis = value(args, ++i, option);
        case "--otlp" -> options.otlp = value(args, ++i, option);
        case "--body-timeout" -> options.bodyTimeout = duration(option, value(args, ++i, option));
        case "--request-parse-timeout" ->
            options.timeouts = options.timeouts.withRequestParse(duration(option, value(args, ++i, option)));
        case "--no-request-timeout" ->
            options.timeouts = options.timeouts.withNoRequest(duration(option, value(args, ++i, option)));
        case "--idle-timeout" -> options.timeouts = options.timeouts.withIdle(duration(option, value(args, ++i, option)));
        case "--read-timeout" -> options.timeouts = options.timeouts.withRead(duration(option, value(args, ++i, option)));
        case "--write-timeout" -> options.timeouts = options.timeouts.withWrite(duration(option, value(args, ++i, option)));
        default -> throw new BadOptions("unknown option: " + option + "; " + USAGE);
      }
    }
    if (options.noRateLimit && (options.ratePerMinute > 0 || options.bytesPerMinute > 0)) {
      throw new BadOptions("--no-rate-limit and a rate contradict each other");
    }
    return options;
  }

  /**
   * The endpoint these options describe, the sink aside.
   *
   * @throws IllegalArgumentException for a value the builder refuses (a malformed Redis URI, a rate too high)
   */
  LogEndpoint.Builder endpoint() {
    LogEndpoint.Builder settings = LogEndpoint.builder().allowGet(allowGet).redis(redis);
    allowOrigins.forEach(settings::allowOrigin);
    publicOrigins.forEach(settings::publicOrigin);
    long requests = ratePerMinute > 0 ? ratePerMinute : DEFAULT_REQUESTS_PER_MINUTE;
    if (noRateLimit) {
      settings.noRateLimit();
    } else if (bytesPerMinute > 0) {
      settings.rateLimit(requests, bytesPerMinute, Duration.ofMinutes(1));
    } else if (ratePerMinute > 0) {
      settings.rateLimit(ratePerMinute, Duration.ofMinutes(1));
    }
    if (bodyTimeout != null) {
      settings.bodyTimeout(bodyTimeout);
    }
    return settings;
  }

  private static String value(String[] args, int at, String option) throws BadOptions {
    if (at >= args.length) {
      throw new BadOptions(option + " needs a value");
    }
    return args[at];
  }

  private static String origin(String option, String value) throws BadOptions {
    try {
      return Origins.canonical(value);
    } catch (IllegalArgumentException e) {
      throw new BadOptions(option + ": " + e.getMessage());
    }
  }

  private static long positive(String option, String value) throws BadOptions {
    if (!value.matches("\\d{1,18}") || Long.parseLong(value) < 1) {
      throw new BadOptions(option + " needs a positive whole number: " + value);
    }
    return Long.parseLong(value);
  }

  /** {@code 500ms}, {@code 10s}, {@code 2m}. */
  static Duration duration(String option, String value) throws BadOptions {
    Matcher m = DURATION.matcher(value.toLowerCase(Locale.ROOT));
    if (!m.matches() || Long.parseLong(m.group(1)) < 1) {
      throw new BadOptions(option + " needs a duration such as 500ms, 10s or 2m, not '" + value + "'");
    }
    long amount = Long.parseLong(m.group(1));
    Duration duration = switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      default -> Duration.ofMinutes(amount);
    };
    if (duration.toMillis() > Integer.MAX_VALUE) {
      throw new BadOptions(option + ": " + value + " is too long");
    }
    return duration;
  }
}
