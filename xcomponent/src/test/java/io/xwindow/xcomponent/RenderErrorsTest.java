package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Origins;
import io.xwindow.testkit.Profile;
import io.xwindow.xcomponent.constant.CloseReason;
import io.xwindow.xcomponent.error.ErrorCode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every way a render fails, each with its typed code on the rejected render, the error event and
 * {@code onError}, then an end with reason {@code error}. Where no child page is served, a request
 * for it would be a 404, which fails the test: the prop errors happen before any frame loads.
 */
class RenderErrorsTest {
  @RegisterExtension static Origins origins = new Origins();

  private static final String TAG = "error-card";

  /** Counts the windows the page opens, in {@code window.opened}. */
  private static final String COUNT_OPENS =
      "window.opened=0;(function(open){"
          + "window.open=function(){opened++;return open.apply(window,arguments);};})(window.open);";

  /** Renders {@code props} into {@code #container}, then counts the frames in {@code framesAfter}. */
  private static String renderAndCountFrames(String props) {
    return renderAndCountFrames(props, "'#container'");
  }

  /** Renders {@code props} with {@code arguments}, then counts the frames in {@code framesAfter}. */
  private static String renderAndCountFrames(String props, String arguments) {
    return "observed(" + props + ");settle(instance.render(" + arguments + "));"
        + "window.framesAfter=document.getElementsByTagName('iframe').length;";
  }

  private static void serveParent(String definition, String script) {
    Pages.parent(origins.a(), "/parent.html", definition, Observed.SCRIPT + COUNT_OPENS + script);
  }

  private static void assertFailed(Browser browser, String code) {
    browser.waitFor("log.indexOf('onDestroy') >= 0");
    assertEquals(code.startsWith("PROP_") ? Observed.refusedProps(code) : Observed.failed(code),
        browser.string("log.join()"));
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.result"));
    assertEquals(true, browser.eval("window.failure instanceof Error"));
    assertEquals(code, browser.string("window.failure.code"));
    assertEquals(0.0, browser.number("document.getElementsByTagName('iframe').length"));
  }

  /** Asserts that the render failed with {@code code} before a frame or window was made. */
  private static void assertFailedBeforeAnyFrame(Browser browser, String code) {
    assertFailed(browser, code);
    assertEquals(0.0, browser.number("window.framesAfter"));
    assertEquals(0.0, browser.number("window.opened"));
  }

  private static String emailDefinition(String email) {
    return Pages.define(origins.b(), TAG, "props:{email:" + email + "}");
  }

  @CrossBrowser
  void aMissingRequiredPropFailsWithPropRequiredBeforeAnyFrameExists(Browser browser) {
    serveParent(emailDefinition("{type:'string'}"), renderAndCountFrames("{}"));
    browser.open(origins.a().url("/parent.html"));
    assertFailedBeforeAnyFrame(browser, ErrorCode.PROP_REQUIRED);
  }

  @CrossBrowser
  void aPropOfTheWrongTypeFailsWithPropTypeBeforeAnyFrameExists(Browser browser) {
    serveParent(emailDefinition("{type:'string'}"), renderAndCountFrames("{email:42}"));
    browser.open(origins.a().url("/parent.html"));
    assertFailedBeforeAnyFrame(browser, ErrorCode.PROP_TYPE);
  }

  @CrossBrowser
  void anEmailPropThatIsNoAddressFailsWithPropTypeBeforeAnyFrameExists(Browser browser) {
    serveParent(emailDefinition("{type:'email'}"), renderAndCountFrames("{email:'ann at example'}"));
    browser.open(origins.a().url("/parent.html"));
    assertFailedBeforeAnyFrame(browser, ErrorCode.PROP_TYPE);
    assertTrue(browser.string("window.failure.message").contains("email"));
  }

  @CrossBrowser
  void aPropWhoseValidateThrowsFailsWithPropInvalidBeforeAnyFrameExists(Browser browser) {
    serveParent(
        emailDefinition("{type:'string',validate:function(o){"
            + "if(o.value.indexOf('@')<0){throw new Error('not an email: '+o.value);}}}"),
        renderAndCountFrames("{email:'ann'}"));
    browser.open(origins.a().url("/parent.html"));
    assertFailedBeforeAnyFrame(browser, ErrorCode.PROP_INVALID);
    assertTrue(browser.string("window.failure.message").contains("not an email: ann"));
  }

  @CrossBrowser
  void aComponentWhoseValidateThrowsFailsWithPropInvalidBeforeAnyFrameExists(Browser browser) {
    serveParent(
        Pages.define(origins.b(), TAG, "props:{email:{type:'string'}},validate:function(o){"
            + "if(o.props.email==='nobody'){throw new Error('nobody may log in');}}"),
        renderAndCountFrames("{email:'nobody'}"));
    browser.open(origins.a().url("/parent.html"));
    assertFailedBeforeAnyFrame(browser, ErrorCode.PROP_INVALID);
    assertTrue(browser.string("window.failure.message").contains("nobody may log in"));
  }

  @CrossBrowser
  void aPropErrorInAPopupFailsBeforeAnyWindowOpens(Browser browser) {
    serveParent(emailDefinition("{type:'string'}"),
        "observed({email:false});document.getElementById('go').onclick=function(){"
            + "settle(instance.render(null,'popup'));window.framesAfter=0;};");
    browser.open(origins.a().url("/parent.html"));
    browser.click("#go");
    assertFailedBeforeAnyFrame(browser, ErrorCode.PROP_TYPE);
  }

  @CrossBrowser
  void anUnknownContextFailsWithBadContext(Browser browser) {
    serveParent(emailDefinition("{type:'string'}"),
        renderAndCountFrames("{email:'ann@example.com'}", "'#container','lightbox'"));
    browser.open(origins.a().url("/parent.html"));
    assertFailedBeforeAnyFrame(browser, ErrorCode.BAD_CONTEXT);
  }

  @CrossBrowser
  void aContainerThatIsNotInThePageFailsWithBadContainer(Browser browser) {
    serveParent(emailDefinition("{type:'string'}"),
        renderAndCountFrames("{email:'ann@example.com'}", "'#nowhere'"));
    browser.open(origins.a().url("/parent.html"));
    assertFailedBeforeAnyFrame(browser, ErrorCode.BAD_CONTAINER);
  }

  @CrossBrowser
  void anIframeWithoutAContainerFailsWithBadContainer(Browser browser) {
    serveParent(emailDefinition("{type:'string'}"),
        renderAndCountFrames("{email:'ann@example.com'}", "undefined,'iframe'"));
    browser.open(origins.a().url("/parent.html"));
    assertFailedBeforeAnyFrame(browser, ErrorCode.BAD_CONTAINER);
  }

  @CrossBrowser
  void aChildPageThatNeverAnswersFailsWithRenderTimeout(Browser browser) {
    origins.b().page("/child.html", Html.page("<p>a page without the component</p>"));
    serveParent(Pages.define(origins.b(), TAG, "props:{},timeout:500"),
        renderAndCountFrames("{}"));
    browser.open(origins.a().url("/parent.html"));
    assertFailed(browser, ErrorCode.RENDER_TIMEOUT);
    assertEquals(1.0, browser.number("window.framesAfter"));
  }

  @CrossBrowser
  void theTimeoutPropOverridesTheComponentsTimeout(Browser browser) {
    origins.b().page("/child.html", Html.page("<p>a page without the component</p>"));
    serveParent(Pages.define(origins.b(), TAG, "props:{}"),
        "observed({timeout:500});settle(instance.render('#container'));");
    browser.open(origins.a().url("/parent.html"));
    assertFailed(browser, ErrorCode.RENDER_TIMEOUT);
  }

  @CrossBrowser
  void aChildWhoseOriginDoesNotMatchDomainFailsWithChildDomainRejected(Browser browser) {
    String definition = Pages.define(origins.b(), TAG,
        "props:{email:{type:'string'}},domain:'" + origins.c().origin() + "'");
    Pages.child(origins.b(), definition,
        "C.ready().then(function(){window.got=true;},function(e){window.refused=true;});");
    serveParent(definition, "observed({email:'ann@example.com'});settle(instance.render('#container'));");
    browser.open(origins.a().url("/parent.html"));
    assertFailed(browser, ErrorCode.CHILD_DOMAIN_REJECTED);
  }

  @CrossBrowser(profile = Profile.POPUP_BLOCKER)
  void aPopupOutsideAUserGestureFailsWithPopupBlocked(Browser browser) {
    Pages.child(origins.b(), emailDefinition("{type:'string'}"), "");
    serveParent(emailDefinition("{type:'string'}"),
        "observed({email:'ann@example.com'});settle(instance.render(null,'popup'));");
    browser.open(origins.a().url("/parent.html"));
    assertFailed(browser, ErrorCode.POPUP_BLOCKED);
    assertEquals(1.0, browser.number("window.opened"));
  }

  @CrossBrowser(profile = Profile.POPUP_BLOCKER)
  void aPopupOpenedInARealClickRendersWithThePopupBlockerOn(Browser browser) {
    Pages.child(origins.b(), emailDefinition("{type:'string'}"),
        "C.ready().then(function(x){document.getElementById('out').textContent=x.email;});");
    serveParent(emailDefinition("{type:'string'}"),
        "observed({email:'ann@example.com'});document.getElementById('go').onclick=function(){"
            + "settle(instance.render(null,'popup'));};");
    browser.open(origins.a().url("/parent.html"));
    browser.click("#go");
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.failure"));
    assertEquals("rendered", browser.string("log.join()"));
    browser.switchToPopup();
    browser.waitFor("document.getElementById('out').textContent === 'ann@example.com'");
    browser.switchToMain();
    browser.run("instance.close();");
    browser.waitFor("log.indexOf('onDestroy') >= 0");
    assertEquals(Observed.renderedThenEnded(CloseReason.PARENT_CALL), browser.string("log.join()"));
  }

  @CrossBrowser
  void anIneligibleComponentFailsWithNotEligibleBeforeCheckingItsProps(Browser browser) {
    serveParent(
        Pages.define(origins.b(), TAG, "props:{email:{type:'string'}},"
            + "eligible:function(){return {eligible:false,reason:'not in this region'};}"),
        "observed({});window.eligible=instance.isEligible();"
            + "settle(instance.render('#container'));"
            + "window.framesAfter=document.getElementsByTagName('iframe').length;");
    browser.open(origins.a().url("/parent.html"));
    assertFailedBeforeAnyFrame(browser, ErrorCode.NOT_ELIGIBLE);
    assertEquals(false, browser.eval("window.eligible"));
    assertTrue(browser.string("window.failure.message").contains("not in this region"));
  }

  @CrossBrowser
  void eligibilityCanDependOnAProp(Browser browser) {
    String definition = Pages.define(origins.b(), TAG, "props:{region:{type:'string'}},"
        + "eligible:function(o){return {eligible:o.props.region==='eu',reason:'eu only'};}");
    Pages.child(origins.b(), definition, "");
    serveParent(definition,
        "window.answers=[C({region:'eu'}).isEligible(),C({region:'us'}).isEligible()];"
            + "observed({region:'eu'});settle(instance.render('#container'));");
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.failure"));
    assertEquals("true,false", browser.string("answers.join()"));
  }

  @CrossBrowser
  void createWithBadOptionsThrowsBadOptions(Browser browser) {
    String url = "'" + origins.b().url("/child.html") + "'";
    String[] options = {
      "{tag:'trailing-',url:" + url + "}",
      "{tag:'no-url'}",
      "{tag:'both-required-and-default',url:" + url
          + ",props:{email:{type:'string',required:true,default:function(){return 'a';}}}}",
      "{tag:'query-function',url:" + url + ",props:{go:{type:'function',queryParam:true}}}",
      "{tag:'bad-context',url:" + url + ",defaultContext:'lightbox'}",
    };
    StringBuilder script = new StringBuilder("window.codes=[];");
    for (String option : options) {
      script.append("try{xcomponent.create(").append(option).append(");codes.push('created');}")
          .append("catch(e){codes.push(e instanceof Error?e.code:'not an Error');}");
    }
    origins.a().bundle("xcomponent.js").page("/parent.html", Html.page(
        Html.script("/bundles/xcomponent.js") + Html.inline(script.toString())));
    browser.open(origins.a().url("/parent.html"));
    assertEquals(String.join(",", java.util.Collections.nCopies(options.length, ErrorCode.BAD_OPTIONS)),
        browser.string("codes.join()"));
  }
}
