/**
 * memcookies.js: cookies in page memory for browsers that keep none, carried in the encrypted
 * x-cookies header that xwindow's MemCookiesHandler (Undertow) reads and writes.
 */
declare namespace memcookies {
  /**
   * A jar: cookie names to sealed values; null (in a response) forgets a name. A member may name
   * several cookies sealed in one value, joined by spaces: {"sid csrf": "AeFq..."} sets both.
   */
  type Jar = { [name: string]: string | null };

  /**
   * Merges a jar, as JSON text or an object, into the jar of `origin` (default: the page's own):
   * names set, null values forgotten. Throws on bad JSON text.
   */
  function setCookies(jar: string | Jar, origin?: string): void;
  /** A copy of the jar of `origin` (default: the page's own). Each origin has its own jar. */
  function getCookies(origin?: string): { [name: string]: string };
  /** The header's name, x-cookies by default. */
  function setHeaderName(name: string): void;
  function getHeaderName(): string;
  /** Other origins the jar may go to, e.g. ["https://api.example"]; the page's own is always allowed. */
  function allowOrigins(origins: string[]): void;
  /** Sends each XMLHttpRequest to an allowed origin that origin's jar, and merges the answer into it. */
  function patchXhr(): void;
  /** The same for fetch. */
  function patchFetch(): void;
  /** Patches both when this browser keeps no cookie; true when it did. */
  function auto(): boolean;
  /** The version of xwindow this bundle was built from. */
  const version: string;
}
