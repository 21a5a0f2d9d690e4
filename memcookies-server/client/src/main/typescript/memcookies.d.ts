/**
 * memcookies.js: cookies in page memory for browsers that keep none, carried in the encrypted
 * x-cookies header that xwindow's MemCookiesHandler (Undertow) reads and writes.
 */
declare namespace memcookies {
  /** A jar: cookie names to sealed values; null (in a response) forgets a name. */
  type Jar = { [name: string]: string | null };

  /** Merges a jar, as JSON text or an object: names set, null values forgotten. Throws on bad JSON text. */
  function setCookies(jar: string | Jar): void;
  /** A copy of the jar. */
  function getCookies(): { [name: string]: string };
  /** The header's name, x-cookies by default. */
  function setHeaderName(name: string): void;
  function getHeaderName(): string;
  /** Other origins the jar may go to, e.g. ["https://api.example"]; the page's own is always allowed. */
  function allowOrigins(origins: string[]): void;
  /** Sends the jar with every XMLHttpRequest to an allowed origin, and merges each answer's jar. */
  function patchXhr(): void;
  /** The same for fetch. */
  function patchFetch(): void;
  /** Patches both when this browser keeps no cookie; true when it did. */
  function auto(): boolean;
  /** The version of xwindow this bundle was built from. */
  const version: string;
}
