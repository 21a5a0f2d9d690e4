// Imports every subpath as server-side rendering does, in Node where there is no DOM, watching
// the global object: prints one JSON line of what it saw.
import { watchGlobals } from './watch-globals.mjs';

const { touched, added } = watchGlobals(['window', 'document', 'self', 'navigator', 'location', 'postMessage', 'addEventListener']);
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
console.log(JSON.stringify({ added: added(), touched, shapes }));
