package io.xwindow.bench;

/**
 * What a source named in a J2CL bundle's source map is: whose code ({@link Owner}), which unit (a
 * Java source file, as the top-level class it declares, or a JavaScript file) and which package.
 *
 * <p>The J2CL plugin's map names the JavaScript Closure compiled, under {@code sources/}, and,
 * where J2CL's own maps lead further, the Java behind it: {@code Outbox.java} (the code a Java
 * line became), {@code Outbox.impl.java.js} and {@code Outbox$Batch.impl.java.js} (what J2CL added
 * around the class: constructors, class set-up, casts), {@code Js.native_js} (a class's
 * hand-written JavaScript). All of these are one unit, {@code io.xwindow.postrobot.send.Outbox}.
 * The JRE is under {@code bazel-bin/jre/java/jre.js/}; the Closure Compiler's own runtime (what it
 * injects for ES6 classes in ES5) under {@code src/com/google/javascript/jscomp/js/}.
 */
record SourceFile(Owner owner, String unit, String pkg) {
  /** Whose code a source is. */
  enum Owner {
    XWINDOW("xwindow"),
    JRE("J2CL JRE"),
    J2CL_RUNTIME("J2CL runtime"),
    ELEMENTAL2("Elemental2"),
    JSINTEROP("jsinterop-base"),
    CLOSURE_LIBRARY("Closure Library"),
    CLOSURE_COMPILER("Closure Compiler runtime"),
    OTHER("other"),
    /** Bytes no mapping covers: the wrapper, the license comment, code Closure wrote itself. */
    NONE("no source");

    final String label;

    Owner(String label) {
      this.label = label;
    }
  }

  /** The unit of the bytes no mapping covers. */
  static final SourceFile UNMAPPED = new SourceFile(Owner.NONE, "(no source)", "");

  private static final String JRE_ROOT = "bazel-bin/jre/java/jre.js/";
  private static final String CLOSURE_COMPILER_ROOT = "src/com/google/javascript/jscomp/js/";
  private static final String[] JAVA_SUFFIXES = {".impl.java.js", ".java.js", ".java", ".native_js"};

  /** Classifies {@code name}, a {@code sources} entry of the map. */
  static SourceFile of(String name) {
    String path = name.startsWith("sources/") ? name.substring("sources/".length()) : name;
    if (path.startsWith(CLOSURE_COMPILER_ROOT)) {
      return javaScript(Owner.CLOSURE_COMPILER, "jscomp/" + path.substring(CLOSURE_COMPILER_ROOT.length()));
    }
    if (path.startsWith(JRE_ROOT)) {
      path = path.substring(JRE_ROOT.length());
    }
    if (path.startsWith("closure/goog/")) {
      return javaScript(Owner.CLOSURE_LIBRARY, path.substring("closure/".length()));
    }
    Owner owner = ownerOf(path);
    for (String suffix : JAVA_SUFFIXES) {
      if (path.endsWith(suffix)) {
        String className = path.substring(0, path.length() - suffix.length()).replace('/', '.');
        int nested = className.indexOf('$');
        String topLevel = nested < 0 ? className : className.substring(0, nested);
        return new SourceFile(owner, topLevel, packageOf(topLevel, '.'));
      }
    }
    return javaScript(owner, path);
  }

  private static Owner ownerOf(String path) {
    if (path.startsWith("io/xwindow/")) {
      return Owner.XWINDOW;
    }
    if (path.startsWith("java/")) {
      return Owner.JRE;
    }
    if (path.startsWith("javaemul/") || path.startsWith("vmbootstrap/") || path.startsWith("nativebootstrap/")) {
      return Owner.J2CL_RUNTIME;
    }
    if (path.startsWith("elemental2/")) {
      return Owner.ELEMENTAL2;
    }
    if (path.startsWith("jsinterop/")) {
      return Owner.JSINTEROP;
    }
    return Owner.OTHER;
  }

  private static SourceFile javaScript(Owner owner, String path) {
    return new SourceFile(owner, path, packageOf(path, '/').replace('/', '.'));
  }

  private static String packageOf(String unit, char separator) {
    int last = unit.lastIndexOf(separator);
    return last < 0 ? "" : unit.substring(0, last);
  }
}
