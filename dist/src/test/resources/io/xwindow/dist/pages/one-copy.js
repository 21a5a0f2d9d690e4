// A page's own code, bundled from the package, on a page that may also load the script tag
// (or another copy of the package): listens to one name, and says what it sees.
import { on, stats } from 'xwindow/post-robot';

on('fromModule', () => 'the module answers');
window.moduleListeners = () => stats().listeners;
