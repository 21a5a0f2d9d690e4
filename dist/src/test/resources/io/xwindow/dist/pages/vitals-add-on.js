// A page that measures its web vitals with the package: the logger's module, and the add-on
// imported for its side effect. Its batches go to window.sent; a page hide reports the vitals.
import { Logger } from 'xwindow/beaver-logger';
import 'xwindow/beaver-vitals';

window.warned = [];
console.warn = (...args) => window.warned.push(args.join(' '));
window.sent = [];
window.log = Logger({
  logLevel: 'silent',
  webVitals: true,
  transport: (request) => { window.sent.push(request.json); return Promise.resolve(); },
});
