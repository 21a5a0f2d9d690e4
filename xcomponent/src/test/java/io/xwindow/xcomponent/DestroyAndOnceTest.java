package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Origins;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code event.once} and {@code destroyAll} in the shipped bundle, across two origins. */
class DestroyAndOnceTest {
  @RegisterExtension static Origins origins = new Origins();

  @CrossBrowser
  void onceHearsTheFirstEventOnlyAndDestroyAllClosesRenderedInstances(Browser browser) {
    String definition = Pages.define(origins.b(), "log-in", "props:{email:{type:'string'}}");
    Pages.child(origins.b(), definition, "C.ready();");
    Pages.parent(origins.a(), "/parent.html", definition,
        "window.instance=C({email:'ann@example.com'});"
            + "instance.event.once('ping',function(n){log.push('once '+n);});"
            + "instance.event.trigger('ping',1);instance.event.trigger('ping',2);"
            + "instance.event.on(xcomponent.EVENT.CLOSE,function(e){log.push('close '+e.reason);});"
            + "settle(instance.render('#container').then(function(){return xcomponent.destroyAll();}));");

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");

    assertEquals("undefined", browser.string("typeof window.failure"));
    assertEquals("once 1,close destroyed", browser.string("window.log.join(',')"));
  }
}
