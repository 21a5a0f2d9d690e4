package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Origins;
import io.xwindow.xcomponent.error.ErrorCode;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Props of every type reach the child; updates follow; functions work both ways; exports. */
class PropsAcrossTest {
  @RegisterExtension static Origins origins = new Origins();

  private static final String PROPS = "props:{"
      + "text:{type:'string'},count:{type:'number'},on:{type:'boolean'},list:{type:'array'},"
      + "user:{type:'object'},ask:{type:'function'},label:{type:'string',required:false,"
      + "default:function(){return 'fallback';}},secret:{type:'string',sendToChild:false},"
      + "same:{type:'string',sameDomain:true}}";

  private void serve(String childScript, String parentScript) {
    String definition = Pages.define(origins.b(), "every-prop", PROPS + ",exports:{submit:{type:'function'}}");
    Pages.child(origins.b(), definition, childScript);
    Pages.parent(origins.a(), "/parent.html", definition,
        "window.instance=C({text:'hi',count:3,on:false,list:[1,'two'],user:{name:'Ann',age:30},"
            + "secret:'parent only',same:'same origin only',"
            + "ask:function(question,reply){log.push('asked '+question);"
            + "return reply('answer').then(function(r){return 'parent got '+r;});}});"
            + parentScript);
  }

  @CrossBrowser
  void everyPropTypeReachesTheChildAndParentOnlyPropsDoNot(Browser browser) {
    serve("C.ready().then(function(x){window.seen=JSON.stringify([x.text,x.count,x.on,x.list,x.user,"
            + "typeof x.ask,x.label,x.secret===undefined,x.same===undefined,x.onClose===undefined]);"
            + "});",
        "settle(instance.render('#container'));");

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.failure"));
    browser.switchToFrame("#container iframe");
    browser.waitFor("window.seen !== undefined");
    assertEquals("[\"hi\",3,false,[1,\"two\"],{\"name\":\"Ann\",\"age\":30},\"function\",\"fallback\","
        + "true,true,true]", browser.string("window.seen"));
  }

  /** Early xcomponent's log-in example, as announced: its e-mail prop has {@code type: 'email'}. */
  @CrossBrowser
  void anEmailPropOfTheOriginalAnnouncementReachesTheChild(Browser browser) {
    String definition = "window.C=xcomponent.create({tag:'my-login-component',"
        + "url:'" + origins.b().url("/child.html") + "',"
        + "props:{defaultEmail:{type:'email',required:false},onLogin:{type:'function'}}});";
    Pages.child(origins.b(), definition, "C.ready().then(function(x){"
        + "document.getElementById('out').textContent=x.defaultEmail;x.onLogin(x.defaultEmail);});");
    Pages.parent(origins.a(), "/parent.html", definition,
        "settle(C({defaultEmail:'ann@example.com',"
            + "onLogin:function(email){log.push('logged in '+email);}}).render('#container'));");
    Pages.openRendered(browser, origins.a(), "ann@example.com");
    browser.waitFor("log.length === 1");
    assertEquals("logged in ann@example.com", browser.string("log.join()"));
  }

  @CrossBrowser
  void exportedValuesAndFunctionsAreReadOnTheInstanceDeclaredOrNot(Browser browser) {
    // label is declared in exports; version and check are not
    String definition = Pages.define(origins.b(), "exporting-card",
        "props:{email:{type:'string'}},exports:{label:{type:'string'}}");
    Pages.child(origins.b(), definition, "C.ready().then(function(x){x.export({label:'card form',"
        + "version:'1.2',check:function(v){return 'checked '+v;}});});");
    Pages.parent(origins.a(), "/parent.html", definition,
        "window.instance=C({email:'ann@example.com'});settle(instance.render('#container'));");
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true && typeof instance.check === 'function'");
    assertEquals("undefined", browser.string("typeof window.failure"));
    assertEquals("card form 1.2", browser.string("instance.label+' '+instance.version"));
    browser.run("instance.check('twice').then(function(r){window.checked=r;});");
    browser.waitFor("window.checked !== undefined");
    assertEquals("checked twice", browser.string("window.checked"));
  }

  @CrossBrowser
  void functionPropsWorkBothWaysAndUpdatesReachOnProps(Browser browser) {
    serve("C.ready().then(function(x){"
            + "x.onProps(function(p){p.ask('updated '+p.text,function(r){return r;});});"
            + "x.ask('first',function(r){return 'child '+r;}).then(function(r){window.firstAnswer=r;"
            + "x.export({submit:function(v){return 'submitted '+v;}});});});",
        "settle(instance.render('#container'));");

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.log.length === 1");
    assertEquals("asked first", browser.string("window.log[0]"));
    browser.waitFor("typeof instance.submit === 'function'");
    browser.run("instance.submit('form').then(function(r){window.submitted=r;});");
    browser.waitFor("window.submitted !== undefined");
    assertEquals("submitted form", browser.string("window.submitted"));

    browser.run("instance.updateProps({text:'bye'});");
    browser.waitFor("window.log.length === 2");
    assertEquals("asked updated bye", browser.string("window.log[1]"));

    browser.switchToFrame("#container iframe");
    assertEquals("parent got child answer", browser.string("window.firstAnswer"));
  }

  @CrossBrowser
  void anUpdateWithAWrongTypeIsRefusedAndTheChildKeepsItsProps(Browser browser) {
    serve("C.ready().then(function(x){x.onProps(function(p){window.updated=p.count;});});",
        "settle(instance.render('#container'));");

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    browser.run("window.done=false;settle(instance.updateProps({count:'three'}));");
    browser.waitFor("window.done === true");

    assertEquals(ErrorCode.PROP_TYPE, browser.string("window.failure.code"));
  }

  @CrossBrowser
  void decoratedAndDerivedFunctionPropsAreCalledAcrossOriginsWithTheirOwnSignature(
      Browser browser) {
    // pay is decorated into a function of two arguments that calls the page's one-argument pay;
    // sum is derived by its value function, whatever was passed
    String definition = Pages.define(origins.b(), "signatures", "props:{"
        + "pay:{type:'function',decorate:function(o){"
        + "return function(amount,currency){return o.value(amount+' '+currency);};}},"
        + "sum:{type:'function',required:false,value:function(){"
        + "return function(a,b){return a+b;};}}}");
    Pages.child(origins.b(), definition, "C.ready().then(function(x){"
        + "return Promise.all([x.pay(5,'EUR'),x.sum(2,3)]);}).then(function(r){"
        + "document.getElementById('out').textContent=r.join();});");
    Pages.parent(origins.a(), "/parent.html", definition,
        "settle(C({pay:function(what){log.push('paid '+what);return 'receipt for '+what;}})"
            + ".render('#container'));");
    Pages.openRendered(browser, origins.a(), "receipt for 5 EUR,5");
    assertEquals("paid 5 EUR", browser.string("log.join()"));
  }

  /** A definition whose {@code where} prop is worked out from the container it is given. */
  private String fromTheContainer() {
    String definition = Pages.define(origins.b(), "placed", "props:{"
        + "where:{type:'string',queryParam:true,value:function(o){var c=o.container;"
        + "var e=typeof c==='string'?document.querySelector(c):c;return e?e.id:'none';}}}");
    Pages.child(origins.b(), definition, "C.ready().then(function(x){"
        + "document.getElementById('out').textContent=x.where+' '+location.search;});");
    return definition;
  }

  @CrossBrowser
  void aValueFunctionReadsTheContainerItIsGivenAndItsValueGoesIntoTheUrl(Browser browser) {
    Pages.parent(origins.a(), "/parent.html", fromTheContainer(),
        "settle(C({}).render(document.getElementById('container')));");
    Pages.openRendered(browser, origins.a(), "container ?where=container");
  }

  @CrossBrowser
  void aContainerTheLoadingPageMakesAfterTheRenderCallIsWaitedFor(Browser browser) {
    // the render call comes before the container in the page: the page is still loading, so the
    // render waits for the rest of it, as zoid's does
    origins.a().bundle("xcomponent.js").page("/parent.html", io.xwindow.testkit.Html.page(
        io.xwindow.testkit.Html.script("/bundles/xcomponent.js")
            + io.xwindow.testkit.Html.inline(Pages.HELPERS + fromTheContainer()
                + "window.instance=C({});settle(instance.render('#late'));"
                + "window.foundAtOnce=!!document.getElementById('late');")
            + "<div id=late></div>"));
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.failure"));
    assertEquals(false, browser.eval("window.foundAtOnce"));
    browser.switchToFrame("#late iframe");
    browser.waitFor("document.getElementById('out').textContent === 'late ?where=late'");
    browser.switchToMain();
  }

  @CrossBrowser
  void aContainerStillMissingOnceThePageHasLoadedFailsWithBadContainer(Browser browser) {
    Pages.parent(origins.a(), "/parent.html", fromTheContainer(),
        "settle(C({}).render('#nowhere'));");
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    assertEquals(ErrorCode.BAD_CONTAINER, browser.string("window.failure.code"));
  }
}
