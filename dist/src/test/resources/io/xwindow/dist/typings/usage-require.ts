// A CommonJS module of an application: require, the default export and the named ones.
import postRobot = require('xwindow/post-robot');
import { create } from 'xwindow/zoid';
import beaver = require('xwindow/beaver-logger');
import { auto } from 'xwindow/memcookies';
import xcomponentChild = require('xwindow/xcomponent-child');
import 'xwindow/beaver-vitals'; // the web vitals add-on, for its side effect
import 'xwindow/beaver-transitions'; // the automatic page transitions add-on

postRobot.on('getUser', (event) => event.data);
postRobot.default.send(window.parent, 'ping').then((response) => response.origin);
create<{ email: string }>({ tag: 'log-in', url: 'https://login.example/', props: { email: { type: 'string' } } });
beaver.Logger({ url: '/api/log' }).warn('slow');
const patched: boolean = auto();
xcomponentChild.create<{ email: string }>({ tag: 'log-in', url: 'https://login.example/', props: { email: { type: 'string' } } })
  .ready().then((xprops) => xprops.email.toLowerCase());
void patched;
