/**
 * Core Web Vitals as web-vitals (the reference implementation) defines them: which entries count,
 * CLS's session windows, INP's choice among the longest interactions, when a value is final, the
 * published good / needs-improvement / poor thresholds. Pure Java, tested on the JVM; the browser
 * package feeds it the page's performance entries.
 */
package io.xwindow.beaver.vitals;
