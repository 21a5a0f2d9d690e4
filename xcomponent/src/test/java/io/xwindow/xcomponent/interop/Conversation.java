package io.xwindow.xcomponent.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Browser;

/**
 * What a same-library pairing does, done by a mixed one ({@link Mix}): the scenarios that both
 * directions run.
 */
final class Conversation {
  private Conversation() {}

  /** What the child reads of its props: every type, its helpers' answers. */
  static String expectedProps(Mix mix) {
    return "{\"email\":\"ann@example.com\",\"count\":3,\"remember\":true,\"tags\":[\"a\",\"b\"],"
        + "\"profile\":{\"name\":\"Ann\",\"city\":{\"name\":\"Oslo\"}},\"uid\":true,"
        + "\"tag\":\"log-in\",\"parentDomain\":\"" + mix.parentSite.origin() + "\",\"parent\":true}";
  }

  /** Renders, and waits until the render resolved and the child read its props. */
  static void rendered(Mix mix) {
    Browser browser = mix.browser;
    mix.render();
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.failure"),
        "render failed: " + browser.string("window.failure && window.failure.message"));
    mix.inChild();
    browser.waitFor("window.got !== undefined");
  }

  /**
   * Every prop type, functions both ways (a callback given to the parent's function is called
   * back), {@code updateProps} and {@code onProps}, an export, the child's helpers ({@code focus},
   * {@code onError}, {@code resize}, {@code hide}, {@code show}, and {@code uid}, {@code tag},
   * {@code getParent}, {@code getParentDomain} in what it read), then {@code close} from the child.
   * Returns the parent's log.
   */
  static String everything(Mix mix) {
    Browser browser = mix.browser;
    rendered(mix);
    assertEquals(expectedProps(mix), browser.string("window.got"));

    browser.run("x.onLoginSuccess(x.defaultEmail,function(w){window.welcome=w;return 'thanks';})"
        + ".then(function(r){window.answer=r;});");
    browser.waitFor("window.answer !== undefined");
    assertEquals("ok ann@example.com", browser.string("window.answer"), "the parent's answer");
    assertEquals("welcome ann@example.com", browser.string("window.welcome"),
        "the parent called the child's callback");
    mix.inParent();
    assertEquals("ann@example.com", browser.string("window.loggedIn"));
    browser.waitFor("window.thanked !== undefined");
    assertEquals("thanks", browser.string("window.thanked"), "the callback's answer");

    browser.run("instance.updateProps({defaultEmail:'bo@example.com',count:4});");
    mix.inChild();
    browser.waitFor("window.updated !== undefined");
    assertEquals("bo@example.com", browser.string("window.updated"));
    assertEquals(4, browser.number("x.count"));

    mix.inParent();
    browser.waitFor("typeof instance.greet === 'function'");
    browser.run("instance.greet('Bo').then(function(g){window.greeting=g;});");
    browser.waitFor("window.greeting !== undefined");
    assertEquals("hello Bo", browser.string("window.greeting"), "the child's export");

    mix.inChild();
    browser.run("x.focus().then(function(){window.focused=true;});"
        + "x.onError(new Error('boom'));");
    browser.waitFor("window.focused === true");
    mix.inParent();
    browser.waitFor("window.errored !== undefined");
    assertEquals("boom", browser.string("window.errored.message"), "the child's error");

    if ("iframe".equals(mix.context)) {
      String frame = "document.getElementById('child')";
      mix.inChild();
      browser.run("x.resize({width:320,height:130});");
      mix.inParent();
      browser.waitFor("Math.round(" + frame + ".getBoundingClientRect().height) === 130"
          + " && Math.round(" + frame + ".getBoundingClientRect().width) === 320");
      assertTrue(browser.string("log.join()").contains("resize"), browser.string("log.join()"));
      mix.inChild();
      browser.run("x.hide();");
      mix.inParent();
      browser.waitFor(frame + ".offsetParent === null");
      mix.inChild();
      browser.run("x.show();");
      mix.inParent();
      browser.waitFor(frame + ".offsetParent !== null");
    }

    mix.inChild();
    // later, not inside the driver's script: WebKitWebDriver fails a script whose frame goes away
    browser.run("setTimeout(function(){x.close();},0);");
    mix.inParent();
    gone(mix);
    return browser.string("log.join()");
  }

  /** Closes from the parent, once the child has its props; returns the parent's log. */
  static String closedByTheParent(Mix mix) {
    Browser browser = mix.browser;
    rendered(mix);
    mix.inParent();
    browser.run("instance.close();");
    gone(mix);
    return browser.string("log.join()");
  }

  /**
   * The parent renders, with {@code parentMore} and {@code timeout: 500}, a child page that creates
   * the component only 3 s after it loaded, and waits until that moment has passed. Returns the
   * parent's log, then whether the frame or popup is still there, and what the child got.
   */
  static String timedOut(Mix mix, String parentMore) {
    Browser browser = mix.browser;
    mix.page(mix.parentSite, "/parent.html", mix.parent,
        mix.definition(mix.parent, parentMore + "timeout:500,") + Mix.PARENT_SCRIPT);
    mix.page(mix.childSite, "/log-in.html", mix.child,
        "setTimeout(function(){" + mix.definition(mix.child, "") + Mix.CHILD_SCRIPT + "},3000);");
    mix.render();
    browser.waitFor("window.done === true");
    browser.run("window.doneAt=Date.now();");
    browser.waitFor("Date.now() - window.doneAt > 3500");
    String window = "popup".equals(mix.context)
        ? (browser.string("String(window.popup.closed)").equals("true") ? "popup closed" : "popup open")
        : (browser.string("String(document.querySelector('#container iframe') === null)").equals("true")
            ? "frame gone" : "frame kept");
    return browser.string("window.failure ? 'failed: ' + (window.failure.code || '') + ' '"
        + " + window.failure.message : 'rendered'") + " | " + browser.string("log.join()") + " | "
        + window + " | logged in: " + browser.string("typeof window.loggedIn");
  }

  /** Waits until the instance is destroyed and its frame or popup gone. */
  static void gone(Mix mix) {
    Browser browser = mix.browser;
    browser.waitFor("log.indexOf('destroy') >= 0");
    if ("popup".equals(mix.context)) {
      browser.waitFor("window.popup.closed");
    } else {
      browser.waitFor("document.querySelector('#container iframe') === null");
    }
  }

  /**
   * With {@code autoResize: {height: true}} on both sides: the frame follows the height of the
   * child's body, as it grows and as it shrinks.
   */
  static void autoResized(Mix mix) {
    Browser browser = mix.browser;
    String height = "Math.round(document.getElementById('child').getBoundingClientRect().height)";
    rendered(mix);
    browser.run("document.body.style.margin='0';document.body.style.height='250px';");
    mix.inParent();
    browser.waitFor(height + " === 250");
    mix.inChild();
    browser.run("document.body.style.height='180px';");
    mix.inParent();
    browser.waitFor(height + " === 180");
  }
}
