/** Which uncaught errors become events: de-duplicated and rate-limited. Pure Java, JVM-tested. */
package io.xwindow.beaver.capture;
