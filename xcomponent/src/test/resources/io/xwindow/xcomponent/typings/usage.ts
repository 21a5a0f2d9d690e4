/// <reference path="xcomponent.d.ts" />
// Compiles against the typings with --strict: the API as a parent page and a child page use it.

// Shared by both pages: the definition, typed by its props.
interface CardProps {
  amount: number;
  currency?: string;
  items: string[];
  customer: { name: string; vip: boolean };
  express: boolean;
  onApprove(orderId: string): boolean;
  onCancel?: () => void;
}
interface CardExports {
  submit(): Promise<string>;
}
const Card: xcomponent.Component<CardProps, CardExports> = xcomponent.create<CardProps, CardExports>({
  tag: 'card-form',
  url: ({ props }) => `https://pay.example/card?currency=${props.currency || 'EUR'}`,
  domain: /^https:\/\/(www\.)?pay\.example$/,
  dimensions: { width: '100%', height: '320px' },
  autoResize: { height: true, element: '#form' },
  defaultContext: xcomponent.CONTEXT.IFRAME,
  allowedParentDomains: ['https://shop.example', 'https://www.shop.example'],
  timeout: 10000,
  enableBfcache: true,
  zoidChildren: true,
  attributes: { iframe: { title: 'Card form', allow: 'payment' } },
  eligible: ({ props }) => ({ eligible: props.amount > 0, reason: 'nothing to pay' }),
  validate: ({ props }) => {
    if (props.express && props.items.length === 0) throw new Error('express needs items');
  },
  props: {
    amount: {
      type: 'number',
      queryParam: true,
      validate: ({ value }) => {
        if (value <= 0) throw new Error('amount must be positive');
      },
    },
    currency: { type: xcomponent.PROP_TYPE.STRING, required: false, default: () => 'EUR', queryParam: 'cur' },
    items: { type: 'array', queryParam: true, serialization: xcomponent.PROP_SERIALIZATION.JSON },
    customer: { type: 'object', sameDomain: false, trustedDomains: [/\.pay\.example$/], alias: 'buyer' },
    express: { type: 'boolean', value: ({ state }) => state.express === true, sendToChild: true },
    onApprove: {
      type: 'function',
      allowDelegate: true,
      decorate: ({ value, close }) => (orderId: string) => {
        close();
        return value(orderId);
      },
    },
    onCancel: { type: 'function', required: false, queryValue: ({ value }) => typeof value },
  },
  exports: { submit: { type: 'function' } },
  containerTemplate: ({ doc, frame, prerenderFrame, uid, dimensions, props }) => {
    const div = doc.createElement('div');
    div.id = uid;
    div.style.width = dimensions.width;
    if (props.cspNonce) div.setAttribute('nonce', props.cspNonce);
    if (frame) div.appendChild(frame);
    if (prerenderFrame) div.appendChild(prerenderFrame);
    return div;
  },
  prerenderTemplate: ({ doc }) => {
    const html = doc.createElement('html');
    html.textContent = 'Loading...';
    return html;
  },
});

// The parent page.
const card = Card({
  amount: 12.5,
  items: ['tea'],
  customer: { name: 'Ann', vip: true },
  express: false,
  onApprove: (orderId) => orderId.length > 0,
  onRendered: () => console.log('rendered'),
  onClose: ({ reason }) => {
    const why: xcomponent.CloseReason = reason;
    if (why === xcomponent.CLOSE_REASON.USER_CLOSED) console.log('closed by the user');
  },
  onError: (error) => {
    const code: xcomponent.ErrorCode = error.code;
    console.log(code === 'POPUP_BLOCKED' ? 'allow popups' : error.message);
    if (code === 'ZOID_CHILD') console.log('a zoid child: set zoidChildren');
  },
  onResize: () => Promise.resolve(),
  onBfcacheRestore: ({ cachedDurationMs }) => console.log(cachedDurationMs),
  cspNonce: 'abc',
  timeout: 5000,
});
if (card.isEligible()) {
  card
    .render('#card', 'iframe')
    .then(() => card.submit())
    .then((result: string) => card.updateProps({ amount: 20, currency: 'USD' }))
    .then(() => card.resize({ width: 300, height: null }))
    .then(() => Promise.all([card.hide(), card.show(), card.focus()]))
    .catch((error: xcomponent.XComponentError) => (error.code === 'RENDER_TIMEOUT' ? card.close() : undefined));
}
const element: HTMLElement = document.body;
card.clone().render(element, xcomponent.CONTEXT.POPUP);
card.onError(new Error('gave up')).then(() => undefined);
card.renderTo(window.parent, '#card', 'popup');
card.renderTo(window.parent, null, 'modal');
const LogInModal = xcomponent.create({ tag: 'log-in-modal', url: 'https://login.example/',
  defaultContext: xcomponent.CONTEXT.MODAL, closeOnBackdropClick: true,
  attributes: { modal: { title: 'Log in' } } });
LogInModal().render(undefined, 'modal').then(() => undefined);
LogInModal().render('#login', xcomponent.CONTEXT.MODAL).then(() => undefined);
LogInModal({ onClose: ({ reason }) => console.log(reason === xcomponent.CLOSE_REASON.USER_CLOSED) }).render();
const listener: xcomponent.Cancelable = card.event.on(xcomponent.EVENT.CLOSE, ({ reason }) => console.log(reason));
listener.cancel();
card.event.once(xcomponent.EVENT.RENDERED, () => console.log('once'));
card.event.trigger(xcomponent.EVENT.FOCUS).then(() => undefined);
card.state.clicks = 1;
const count: number = Card.instances.length;
Card.canRenderTo(window.parent).then((can: boolean) => console.log(can));
xcomponent.destroyAll().then(() => xcomponent.destroy()).then(() => xcomponent.destroyComponents(new Error('bye')));
const version: string = xcomponent.version;

// The child page: the same definition, then its props.
if (Card.isChild() && xcomponent.isChild()) {
  Card.ready().then((xprops) => {
    const amount: number = xprops.amount;
    const name: string = xprops.customer.name;
    xprops.onApprove('order-1').then((approved: boolean) => (approved ? xprops.close() : xprops.focus()));
    if (xprops.onCancel) xprops.onCancel().then(() => undefined);
    xprops.resize({ height: 400 });
    xprops.show().then(() => xprops.hide());
    xprops.export({ submit: () => Promise.resolve('sent') });
    xprops.onError(new Error('declined'));
    const parentWindow: Window = xprops.getParent();
    const parentDomain: string = xprops.getParentDomain();
    const id: string = xprops.uid + xprops.tag;
    xprops.onProps((props) => console.log(props.amount.toFixed(2))).cancel();
  });
}

// Untyped, as a page written for zoid without types: any props, xprops on the window.
const Untyped = xcomponent.create({ tag: 'untyped', url: 'https://x.example/', props: { anything: { type: 'string' } } });
Untyped({ anything: 'goes', more: 1 }).render('body');
Untyped().render(document.body, 'popup');
if (window.xprops) window.xprops.onAnything(1).then((answer: unknown) => console.log(answer));

// Early xcomponent's announcement, as written: an e-mail prop of type 'email' (a string).
interface MyLoginProps { defaultEmail?: string; onLogin(email: string): void }
const MyLogin = xcomponent.create<MyLoginProps>({ tag: 'my-login-component', url: 'https://x.example/login',
  props: { defaultEmail: { type: 'email', required: false }, onLogin: { type: 'function', required: true } } });
MyLogin({ defaultEmail: 'ann@example.com', onLogin: (email) => console.log(email.toLowerCase()) }).render('#login');
xcomponent.create({ tag: 'untyped-login', url: 'https://x.example/', props: { email: { type: 'email' } } });
