// Requires every subpath, as a CommonJS program does: prints one JSON line of what it saw.
const before = Object.getOwnPropertyNames(globalThis).length + Object.getOwnPropertySymbols(globalThis).length;
const shapes = {};
for (const subpath of process.argv.slice(2)) {
  const module = require('xwindow/' + subpath);
  shapes[subpath] = { keys: Object.keys(module.default).sort(), version: module.version };
}
const after = Object.getOwnPropertyNames(globalThis).length + Object.getOwnPropertySymbols(globalThis).length;
console.log(JSON.stringify({ added: after - before, shapes }));
