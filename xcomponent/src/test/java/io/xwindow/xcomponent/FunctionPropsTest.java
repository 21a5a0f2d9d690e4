package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Origins;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A function prop answers only the window (and origin) it was given to. */
class FunctionPropsTest {
  @RegisterExtension static Origins origins = new Origins();

  /** {@code forge(id, by)}: posts post-robot 10's call of function {@code id} to the parent. */
  private static final String FORGE =
      "window.forge=function(id,by){var call={id:'uid_'+Math.random().toString(36).slice(2),"
          + "origin:location.origin,type:'postrobot_message_request',"
          + "hash:'postrobot_method_'+Math.random().toString(36).slice(2),name:'postrobot_method',"
          + "data:{id:id,name:'secret',args:[by]},fireAndForget:false};"
          + "window.parent.postMessage(JSON.stringify({__post_robot_10_0_46__:[call]}),'*');};";

  @CrossBrowser
  void aFunctionPropAnswersOnlyTheWindowItWasGivenTo(Browser browser) {
    String definition = Pages.define(origins.b(), "guarded", "props:{secret:{type:'function'}}");
    // the child leaks its function's id to a third frame, on origin c, beside it in the page
    Pages.child(origins.b(), definition, FORGE
        + "C.ready().then(function(x){window.xp=x;"
            + "window.parent.frames[0].postMessage({stolen:x.secret.__id__},'*');});");
    // which forges post-robot's call of that function, from its own window
    origins.c().page("/thief.html", Html.page(Html.inline(FORGE
        + "window.addEventListener('message',function(e){if(!e.data||!e.data.stolen)return;"
            + "forge(e.data.stolen,'the thief');window.forged=true;});")));
    Pages.parent(origins.a(), "/parent.html", definition,
        "var t=document.createElement('iframe');t.id='thief';t.src='" + origins.c().url("/thief.html")
            + "';document.body.insertBefore(t,document.body.firstChild);"
            + "window.calls=[];t.onload=function(){window.instance=C({secret:function(by){calls.push(by);return 'ok';}});"
            + "settle(instance.render('#container'));};");

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    browser.switchToFrame("#thief");
    browser.waitFor("window.forged === true");
    browser.switchToMain();
    // the same hand-made call from the child's own window is answered: the forgery is well made
    browser.switchToFrame("#container iframe");
    browser.run("forge(xp.secret.__id__,'the child');");
    browser.switchToMain();
    browser.waitFor("window.calls.length > 0");
    browser.run("window.later=Date.now()+300;");
    browser.waitFor("Date.now() > window.later");

    assertEquals("the child", browser.string("window.calls.join()"));
  }
}
