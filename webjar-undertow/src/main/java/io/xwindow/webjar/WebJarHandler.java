package io.xwindow.webjar;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Serves the bundles of the WebJar {@code io.xwindow:xwindow-webjar} at {@code
 * /webjars/xwindow/VERSION/FILE} (e.g. {@code /webjars/xwindow/0.1.0/xcomponent-0.1.0.min.js}),
 * and passes every other request to {@code next}.
 *
 * <pre>{@code
 * HttpHandler app = new WebJarHandler(routes);
 * }</pre>
 *
 * <p>A versioned URL never changes, so each file is sent with {@code Cache-Control: public,
 * max-age=31536000, immutable}, an ETag (its {@code sha384} from the WebJar's {@code
 * integrity.json}, and another for the gzipped form; a request that has it gets 304), gzipped when the client accepts it (compressed
 * once, when the handler is made), and {@code Access-Control-Allow-Origin: *}, so that a page of
 * any origin may load it with {@code integrity} and {@code crossorigin}. Only the files the
 * WebJar lists are served, and that list ({@code integrity.json}), by {@code GET} or {@code HEAD};
 * anything else under its path is a 404.
 */
public final class WebJarHandler implements HttpHandler {
  /** Where the bundles are, under the version. */
  public static final String PATH = "/webjars/xwindow/";
  /** A year: the most that caches keep. */
  public static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

  private static final String RESOURCES = "META-INF/resources";
  private static final Pattern MANIFEST_ENTRY =
      Pattern.compile("\"([^\"/]+)\": \\{\\s*\"integrity\": \"(sha384-[A-Za-z0-9+/=]+)\"");

  private final String version;
  private final Map<String, Asset> assets;
  private final HttpHandler next;

  /** One file of the WebJar, ready to send, as it is and gzipped: each with its ETag. */
  private record Asset(String contentType, String etag, String gzipEtag, byte[] bytes, byte[] gzipped) {}

  /** Serves the WebJar on the class path of this class; {@code next} gets every other request. */
  public WebJarHandler(HttpHandler next) {
    this(WebJarHandler.class.getClassLoader(), next);
  }

  WebJarHandler(ClassLoader loader, HttpHandler next) {
    this.version = version(loader);
    this.assets = assets(loader, version);
    this.next = next;
  }

  /** The version of the bundles served, as in their path. */
  public String version() {
    return version;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String prefix = PATH + version + "/";
    String path = exchange.getRequestPath();
    if (!path.startsWith(prefix)) {
      next.handleRequest(exchange);
      return;
    }
    Asset asset = assets.get(path.substring(prefix.length()));
    if (asset == null) {
      exchange.setStatusCode(StatusCodes.NOT_FOUND);
      exchange.endExchange();
      return;
    }
    boolean head = Methods.HEAD.equals(exchange.getRequestMethod());
    if (!head && !Methods.GET.equals(exchange.getRequestMethod())) {
      exchange.setStatusCode(StatusCodes.METHOD_NOT_ALLOWED);
      exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD");
      exchange.endExchange();
      return;
    }
    boolean gzip = acceptsGzip(exchange.getRequestHeaders().get(Headers.ACCEPT_ENCODING));
    String etag = gzip ? asset.gzipEtag() : asset.etag();
    var headers = exchange.getResponseHeaders();
    headers.put(Headers.CACHE_CONTROL, CACHE_CONTROL);
    headers.put(Headers.ETAG, etag);
    headers.put(Headers.VARY, "Accept-Encoding");
    headers.put(new HttpString("Access-Control-Allow-Origin"), "*");
    if (matches(exchange.getRequestHeaders().get(Headers.IF_NONE_MATCH), etag)) {
      exchange.setStatusCode(StatusCodes.NOT_MODIFIED);
      exchange.endExchange();
      return;
    }
    byte[] body = gzip ? asset.gzipped() : asset.bytes();
    headers.put(Headers.CONTENT_TYPE, asset.contentType());
    headers.put(Headers.X_CONTENT_TYPE_OPTIONS, "nosniff");
    if (gzip) {
      headers.put(Headers.CONTENT_ENCODING, "gzip");
    }
    headers.put(Headers.CONTENT_LENGTH, body.length);
    if (head) {
      exchange.endExchange();
    } else {
      exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }
  }

  /** Whether an {@code Accept-Encoding} header takes gzip (by name or {@code *}, with a q above 0). */
  static boolean acceptsGzip(HeaderValues acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String value : acceptEncoding) {
      for (String coding : value.split(",")) {
        String[] parts = coding.trim().split(";");
        String name = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
        if ((name.equals("gzip") || name.equals("*")) && quality(parts) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }

  /** Whether an {@code If-None-Match} header names {@code etag} (weakly, as RFC 9110 compares it), or is {@code *}. */
  static boolean matches(HeaderValues ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String value : ifNoneMatch) {
      for (String tag : value.split(",")) {
        String trimmed = tag.trim();
        if (trimmed.equals("*") || trimmed.replaceFirst("^W/", "").equals(etag)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String version(ClassLoader loader) {
    Properties properties = new Properties();
    try (InputStream in = loader.getResourceAsStream(RESOURCES + "/webjars-locator.properties")) {
      if (in == null) {
        throw new IllegalStateException("no WebJar xwindow on the class path (io.xwindow:xwindow-webjar)");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = properties.getProperty("xwindow.version");
    if (version == null || !version.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalStateException("the WebJar xwindow names no version: " + version);
    }
    return version;
  }

  /** Every file that the WebJar's integrity.json lists, read and gzipped once. */
  private static Map<String, Asset> assets(ClassLoader loader, String version) {
    String dir = RESOURCES + "/webjars/xwindow/" + version + "/";
    String manifest = new String(read(loader, dir + "integrity.json"), StandardCharsets.UTF_8);
    Map<String, Asset> assets = new TreeMap<>();
    Matcher entry = MANIFEST_ENTRY.matcher(manifest);
    while (entry.find()) {
      String file = entry.group(1);
      byte[] bytes = read(loader, dir + file);
      String sha384 = entry.group(2);
      assets.put(file, new Asset(contentType(file), "\"" + sha384 + "\"", "\"" + sha384 + "-gzip\"", bytes, gzip(bytes)));
    }
    if (assets.isEmpty()) {
      throw new IllegalStateException(dir + "integrity.json lists no file");
    }
    // the manifest itself, for a partner who pins files by it; it cannot list its own integrity
    byte[] bytes = manifest.getBytes(StandardCharsets.UTF_8);
    String sha384 = sha384(bytes);
    assets.put("integrity.json", new Asset(contentType("integrity.json"), "\"" + sha384 + "\"", "\"" + sha384 + "-gzip\"", bytes, gzip(bytes)));
    return Map.copyOf(assets);
  }

  private static String contentType(String file) {
    if (file.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (file.endsWith(".map") || file.endsWith(".json")) {
      return "application/json; charset=utf-8";
    }
    return "text/plain; charset=utf-8"; // typings
  }

  private static byte[] read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not in the WebJar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha384(byte[] bytes) {
    try {
      return "sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every Java has SHA-384
    }
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
