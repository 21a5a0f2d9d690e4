package io.xwindow.xcomponent.interop;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Site;

/**
 * One pairing of a parent page and a child page on two origins, each running zoid 10 (a published
 * release) or our zoid.js, around the samples' log-in component (tag {@code log-in}, a
 * {@code defaultEmail} and an {@code onLoginSuccess}), with a prop of every other type and an
 * export besides. Both pages load the same definition, under the global of their library.
 *
 * <p>The parent page has {@code start(context)} (run by a click on {@code #go}, so that a popup may
 * open), which renders {@code window.instance} with every kind of prop and writes what happens to
 * {@code log}; {@code window.popup} is the popup it opened, whichever library opened it. The child
 * page keeps its props in {@code x} (from {@code ready()} for ours, {@code window.xprops} for zoid's)
 * and what it read of them in {@code got}.
 */
final class Mix {
  /**
   * A page's library: a published zoid, or ours as a zoid page gets it when it swaps the script tag
   * (our {@code zoid.js}, the same build as {@code xcomponent.js} under the global {@code zoid}).
   */
  enum Side {
    ZOID("zoid", "/zoid.js"),
    OURS("zoid", "/bundles/zoid.js");

    final String global;
    final String script;

    Side(String global, String script) {
      this.global = global;
      this.script = script;
    }
  }

  static final String HELPERS =
      "window.log=[];window.settle=function(p){p.then("
          + "function(r){window.result=r;window.done=true;},"
          + "function(e){window.failure=e;window.done=true;});};";

  /**
   * The parent: every kind of prop; a popup it opens is {@code window.popup}; what a child page
   * reports of itself by a plain message ({@code {observed}}, see {@link #REPORT}) is {@code
   * window.observed}.
   */
  static final String PARENT_SCRIPT =
      "window.addEventListener('message',function(e){"
          + "if(e.data&&e.data.observed){window.observed=e.data.observed;}});"
          + "var openWindow=window.open;"
          + "window.open=function(){return window.popup=openWindow.apply(window,arguments);};"
          + "window.start=function(context){"
          + "window.instance=C({defaultEmail:'ann@example.com',count:3,remember:true,tags:['a','b'],"
          + "profile:{name:'Ann',city:{name:'Oslo'}},"
          + "onLoginSuccess:function(email,reply){window.loggedIn=email;"
          + "return reply('welcome '+email).then(function(t){window.thanked=t;return 'ok '+email;});},"
          + "onResize:function(){log.push('resize');},"
          + "onError:function(e){window.errored=e;log.push('error:'+(e&&e.code));},"
          + "onClose:function(e){log.push('close:'+(e&&e.reason));},"
          + "onDestroy:function(){log.push('destroy');}});"
          + "settle(instance.render(context==='popup'?'body':'#container',context));};"
          + "document.getElementById('go').onclick=function(){start(window.context);};";

  /**
   * For a child page whose parent is not told by the library (a refused one): {@code
   * report(text)} tells the parent page's test script, by a plain message of its own.
   */
  static final String REPORT = "window.report=function(text){"
      + "(window.opener||window.parent).postMessage({observed:text},'*');};";

  /** The child: its props in {@code x}, what it read of them in {@code got}. */
  static final String CHILD_SCRIPT =
      "window.withProps=function(f){if(C.ready){C.ready().then(f,function(e){window.refused=e;});}"
          + "else if(window.xprops){f(window.xprops);}};"
          + "withProps(function(x){window.x=x;x.onProps(function(p){window.updated=p.defaultEmail;});"
          + "x.export({greet:function(n){return 'hello '+n;}});"
          + "window.got=JSON.stringify({email:x.defaultEmail,count:x.count,remember:x.remember,"
          + "tags:x.tags,profile:x.profile,uid:typeof x.uid==='string'&&x.uid.length>0,tag:x.tag,"
          + "parentDomain:x.getParentDomain(),parent:x.getParent()===(window.opener||window.parent)});});";

  final PublishedZoid zoid;
  final Side parent;
  final Side child;
  final String context;
  final Browser browser;
  final Site parentSite;
  final Site childSite;

  Mix(PublishedZoid zoid, Side parent, Side child, String context, Browser browser,
      Site parentSite, Site childSite) {
    this.zoid = zoid;
    this.parent = parent;
    this.child = child;
    this.context = context;
    this.browser = browser;
    this.parentSite = parentSite;
    this.childSite = childSite;
  }

  /**
   * The log-in component under {@code side}'s global, as the samples define it, with {@code more}
   * options (e.g. {@code "zoidChildren:true,"}).
   */
  String definition(Side side, String more) {
    return "window.C=" + side.global + ".create({tag:'log-in',url:'" + childSite.url("/log-in.html")
        + "',dimensions:{width:'400px',height:'200px'},allowedParentDomains:'"
        + parentSite.origin() + "',attributes:{iframe:{title:'Log in'}},"
        + "props:{defaultEmail:{type:'string',required:false},onLoginSuccess:{type:'function'},"
        + "count:{type:'number',required:false},remember:{type:'boolean',required:false},"
        + "tags:{type:'array',required:false},profile:{type:'object',required:false}},"
        + "exports:{greet:{type:'function'}}," + more + "});";
  }

  /** Serves a page of {@code side} on {@code site} at {@code path}: the library, then {@code script}. */
  void page(Site site, String path, Side side, String script) {
    if (side == Side.ZOID) {
      site.script("/zoid.js", zoid.build());
    } else {
      site.bundle("zoid.js");
    }
    site.page(path, Html.page("<div id=container></div><button id=go>go</button><div id=out></div>"
        + Html.script(side.script) + Html.inline(HELPERS + script)));
  }

  /**
   * Serves both pages: the definition with {@code parentMore} options in the parent, {@code
   * childMore} in the child, and the child's {@code childScript}.
   */
  Mix serve(String parentMore, String childMore, String childScript) {
    page(parentSite, "/parent.html", parent, definition(parent, parentMore) + PARENT_SCRIPT);
    page(childSite, "/log-in.html", child, definition(child, childMore) + childScript);
    return this;
  }

  /** Serves the pages with the usual child script. */
  Mix serve(String parentMore, String childMore) {
    return serve(parentMore, childMore, CHILD_SCRIPT);
  }

  /** Opens the parent and renders, by a click, in this pairing's context; stays on the parent. */
  void render() {
    browser.open(parentSite.url("/parent.html"));
    browser.run("window.context='" + context + "';");
    browser.click("#go");
  }

  /** Makes the child's window (the frame, or the popup) the browser's current window. */
  void inChild() {
    browser.switchToMain();
    if ("popup".equals(context)) {
      browser.switchToPopup();
      return;
    }
    browser.waitFor("(function(){var f=document.querySelectorAll('iframe');"
        + "for(var i=0;i<f.length;i++){if(/^__(zoid|xcomponent)__/.test(f[i].name)){"
        + "f[i].id='child';return true;}}return false;})()");
    browser.switchToFrame("#child");
  }

  /** Makes the parent page the browser's current window. */
  void inParent() {
    browser.switchToMain();
  }

  @Override
  public String toString() {
    return (parent == Side.ZOID ? zoid + " parent" : "our parent") + ", "
        + (child == Side.ZOID ? zoid + " child" : "our child") + ", " + context;
  }
}
