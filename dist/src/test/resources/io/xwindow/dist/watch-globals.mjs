// Watches the global object as server-side rendering has it, in Node where there is no DOM:
// reading any of `watched` is recorded in `touched`; `added()` lists the globals made since.
export function watchGlobals(watched) {
  const touched = [];
  for (const name of watched) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() { touched.push(name); return undefined; },
    });
  }
  const names = () => [...Object.getOwnPropertyNames(globalThis), ...Object.getOwnPropertySymbols(globalThis).map(String)];
  const before = names();
  return { touched, added: () => names().filter((name) => !before.includes(name)) };
}
