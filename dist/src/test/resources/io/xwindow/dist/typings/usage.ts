// Uses every subpath of the package as an application does, with the types it exports.
import postRobot, { on, once, send, cleanUpWindow, stats, version, type Message, type PostRobotError } from 'xwindow/post-robot';
import zoid, { create, EVENT, CONTEXT, type Component } from 'xwindow/zoid';
import xcomponent, { PROP_TYPE, CLOSE_REASON, type Instance } from 'xwindow/xcomponent';
import beaver, { Logger, LOG_LEVEL } from 'xwindow/beaver-logger';
import memcookies, { auto, patchFetch, setCookies } from 'xwindow/memcookies';
// a component's own page that renders none: the child's build, the same types
import xcomponentChild, { type XComponentError } from 'xwindow/xcomponent-child';
import { create as createChild, type ChildProps } from 'xwindow/zoid-child';
import 'xwindow/beaver-vitals'; // beaver-logger's web vitals add-on, for its side effect
import 'xwindow/beaver-transitions'; // and its automatic page transitions add-on

const listener = on('getUser', { domain: 'https://shop.example' }, (event: Message<{ id: number }>) => ({ id: event.data.id }));
listener.cancel();
once('ready').then((event) => event.origin);
postRobot.send(window.parent, 'getUser', { id: 1 }).then((response) => response.data);
send(window.parent, 'ping').catch((error: PostRobotError) => error.code);
cleanUpWindow(window.parent);
const pending: number = stats().pending;
const same: string = postRobot.version === version ? version : '';

interface LoginProps { email: string; onLogin(email: string): void }
const Login: Component<LoginProps> = create<LoginProps>({
  tag: 'log-in',
  url: 'https://login.example/',
  props: { email: { type: 'string' }, onLogin: { type: 'function' } },
});
const instance: Instance<LoginProps> = Login({ email: 'ann@example.com', onLogin: (email) => console.log(email) });
instance.render('#login').then(() => instance.close());
const Other = xcomponent.create<LoginProps>({ tag: 'log-in-2', url: 'https://login.example/', props: { email: { type: 'string' }, onLogin: { type: 'function' } } });
const event: string = EVENT.RENDERED + CONTEXT.IFRAME + PROP_TYPE.FUNCTION + CLOSE_REASON.USER_CLOSED + zoid.version;

const log = Logger({ url: '/api/log' });
log.info('checkout_start', { amount: 12 });
const level: string = LOG_LEVEL.WARN + beaver.PROTOCOL.FILE;

setCookies('{}');
const patched: boolean = auto();
patchFetch();
memcookies.allowOrigins(['https://api.example']);

const Card = createChild<{ onPaid(amount: number): void }>({ tag: 'pay-card', url: 'https://pay.example/', props: { onPaid: { type: 'function' } } });
Card.ready().then((xprops: ChildProps<{ onPaid(amount: number): void }>) => xprops.onPaid(12));
try { Card({ onPaid: () => undefined }); } catch (error) { console.log((error as XComponentError).code === 'CHILD_ONLY'); }
const childVersion: string = xcomponentChild.version;

void pending; void same; void Other; void event; void level; void patched; void childVersion;
