package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.bench.SourceFile.Owner;
import org.junit.jupiter.api.Test;

/** Which unit and owner each kind of source the J2CL plugin's map names belongs to. */
class SourceFileTest {
  @Test
  void aJavaClassIsOneUnitWithItsNestedClassesAndWhatJ2clWroteAroundIt() {
    SourceFile outbox = new SourceFile(Owner.XWINDOW, "io.xwindow.postrobot.send.Outbox", "io.xwindow.postrobot.send");

    assertEquals(outbox, SourceFile.of("sources/io/xwindow/postrobot/send/Outbox.java"));
    assertEquals(outbox, SourceFile.of("sources/io/xwindow/postrobot/send/Outbox.impl.java.js"));
    assertEquals(outbox, SourceFile.of("sources/io/xwindow/postrobot/send/Outbox$Batch.impl.java.js"));
    assertEquals(outbox, SourceFile.of("sources/io/xwindow/postrobot/send/Outbox$$Overlay.impl.java.js"));
    assertEquals(outbox, SourceFile.of("sources/io/xwindow/postrobot/send/Outbox.java.js"));
  }

  @Test
  void ourJavaScriptFileKeepsItsPath() {
    assertEquals(new SourceFile(Owner.XWINDOW, "io/xwindow/postrobot/entry.js", "io.xwindow.postrobot"),
        SourceFile.of("sources/io/xwindow/postrobot/entry.js"));
  }

  @Test
  void theJreIsJavaAndTheJ2clRuntimeIsJavaemul() {
    assertEquals(new SourceFile(Owner.JRE, "java.lang.String", "java.lang"),
        SourceFile.of("sources/bazel-bin/jre/java/jre.js/java/lang/String.impl.java.js"));
    assertEquals(new SourceFile(Owner.J2CL_RUNTIME, "javaemul.internal.nativebootstrap.Util",
            "javaemul.internal.nativebootstrap"),
        SourceFile.of("sources/bazel-bin/jre/java/jre.js/javaemul/internal/nativebootstrap/Util.impl.java.js"));
    assertEquals(new SourceFile(Owner.J2CL_RUNTIME, "javaemul.internal.HashCodes", "javaemul.internal"),
        SourceFile.of("sources/bazel-bin/jre/java/jre.js/javaemul/internal/HashCodes.native_js"));
  }

  @Test
  void elemental2AndJsinteropAreTheirOwn() {
    assertEquals(new SourceFile(Owner.ELEMENTAL2, "elemental2.dom.EventListener", "elemental2.dom"),
        SourceFile.of("sources/elemental2/dom/EventListener$$LambdaAdaptor.impl.java.js"));
    assertEquals(new SourceFile(Owner.JSINTEROP, "jsinterop.base.Js", "jsinterop.base"),
        SourceFile.of("sources/jsinterop/base/Js.native_js"));
  }

  @Test
  void closureLibraryAndTheCompilersRuntimeAreJavaScriptFiles() {
    assertEquals(new SourceFile(Owner.CLOSURE_LIBRARY, "goog/reflect/reflect.js", "goog.reflect"),
        SourceFile.of("sources/closure/goog/reflect/reflect.js"));
    assertEquals(new SourceFile(Owner.CLOSURE_LIBRARY, "goog/base.js", "goog"),
        SourceFile.of("sources/closure/goog/base.js"));
    assertEquals(new SourceFile(Owner.CLOSURE_COMPILER, "jscomp/es6/util/inherits.js", "jscomp.es6.util"),
        SourceFile.of("src/com/google/javascript/jscomp/js/es6/util/inherits.js"));
  }

  @Test
  void anythingElseIsOther() {
    assertEquals(new SourceFile(Owner.OTHER, "com.example.Thing", "com.example"),
        SourceFile.of("sources/com/example/Thing.java"));
    assertEquals(new SourceFile(Owner.OTHER, "loose.js", ""), SourceFile.of("loose.js"));
  }
}
