// Imports an add-on for its side effect, then requires it, as server-side rendering does, in Node
// where there is no DOM, watching the global object: prints one JSON line of what it saw.
import { createRequire } from 'node:module';
import { watchGlobals } from './watch-globals.mjs';

const { touched, added } = watchGlobals(['window', 'document', 'self', 'navigator', 'location', 'performance', 'addEventListener']);
const subpath = process.argv[2];
const imported = await import('xwindow/' + subpath);
const required = createRequire(import.meta.url)('xwindow/' + subpath);
console.log(JSON.stringify({
  added: added(),
  touched,
  imported: Object.keys(imported),
  required: Object.keys(required),
  registered: typeof globalThis[Symbol.for('xwindow.' + subpath)],
}));
