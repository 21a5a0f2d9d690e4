/** The page's globals as every bundle reads them: bare names, where a page runs. */
package io.xwindow.base.browser;
