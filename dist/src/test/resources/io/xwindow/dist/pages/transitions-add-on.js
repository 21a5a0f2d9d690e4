// A single-page application that logs its page transitions with the package: the logger's module,
// and the add-on imported for its side effect. Its batches go to window.sent; each route change
// is a transition, sent at once.
import { Logger } from 'xwindow/beaver-logger';
import 'xwindow/beaver-transitions';

window.warned = [];
console.warn = (...args) => window.warned.push(args.join(' '));
window.sent = [];
window.log = Logger({
  logLevel: 'silent',
  autoTransitions: true,
  transport: (request) => { window.sent.push(request.json); return Promise.resolve(); },
});
