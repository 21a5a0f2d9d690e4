/**
 * What waits to be sent: bounded buffers of JSON entries and the batches cut from them. Pure
 * Java (no Elemental2), tested on the JVM; the browser keeps the entries in a JavaScript array.
 */
package io.xwindow.beaver.buffer;
