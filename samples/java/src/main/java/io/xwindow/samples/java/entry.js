/**
 * @fileoverview The Java programs of samples-java.js, under the global javaSamples: each page
 * starts its own. Closure ADVANCED keeps only these exported names.
 */
goog.module('io.xwindow.samples.java.entry');

const JavaChild = goog.require('io.xwindow.samples.java.JavaChild');
const JavaCardChild = goog.require('io.xwindow.samples.java.JavaCardChild');
const JavaCardParent = goog.require('io.xwindow.samples.java.JavaCardParent');

goog.global['javaSamples'] = {
  /** The post-robot child frame (java.html). */
  'postRobotChild': function() {
    JavaChild.start();
  },
  /**
   * The java-card component's page, on the child site.
   * @param {string} childOrigin
   * @param {string} parentOrigin the only origin that may embed the card
   */
  'cardChild': function(childOrigin, parentOrigin) {
    JavaCardChild.start(childOrigin, parentOrigin);
  },
  /**
   * A shop that renders the java-card component into #card.
   * @param {string} childOrigin
   * @param {string} parentOrigin
   * @param {string} holder
   */
  'cardParent': function(childOrigin, parentOrigin, holder) {
    JavaCardParent.start(childOrigin, parentOrigin, holder);
  }
};
