// Imports every subpath as server-side rendering does, in Node where there is no DOM, watching
// the global object: prints one JSON line of what it saw.
const watched = ['window', 'document', 'self', 'navigator', 'location', 'postMessage', 'addEventListener'];
const touched = [];
for (const name of watched) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() { touched.push(name); return undefined; },
  });
}
const names = () => [...Object.getOwnPropertyNames(globalThis), ...Object.getOwnPropertySymbols(globalThis).map(String)];
const before = names();
const subpaths = process.argv.slice(2);
const modules = {};
for (const subpath of subpaths) {
  modules[subpath] = await import('xwindow/' + subpath);
}
const shapes = {};
for (const subpath of subpaths) {
  const module = modules[subpath];
  const named = Object.keys(module).filter((key) => key !== 'default').sort();
  shapes[subpath] = {
    named,
    defaultKeys: Object.keys(module.default).sort(),
    sameMembers: named.every((key) => module.default[key] === module[key]),
    version: module.version,
  };
}
console.log(JSON.stringify({ added: names().filter((name) => !before.includes(name)), touched, shapes }));
