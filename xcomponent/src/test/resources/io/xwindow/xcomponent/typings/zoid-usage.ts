/// <reference path="zoid.d.ts" />
// Compiles against the typings with --strict: a page written for zoid 10, the global zoid, as is.
interface LoginProps {
  defaultEmail?: string;
  onLoginSuccess(email: string): void;
}
const Login: zoid.Component<LoginProps> = zoid.create<LoginProps>({
  tag: 'log-in',
  url: 'https://login.example/login',
  dimensions: { width: '400px', height: '200px' },
  props: {
    defaultEmail: { type: 'string', required: false },
    onLoginSuccess: { type: zoid.PROP_TYPE.FUNCTION },
  },
});

// The parent page.
const login: zoid.Instance<LoginProps> = Login({
  defaultEmail: 'ann@example.com',
  onLoginSuccess: (email) => console.log(email.toLowerCase()),
  onClose: ({ reason }) => console.log(reason === zoid.CLOSE_REASON.CHILD_CALL),
});
login.render('#login', zoid.CONTEXT.POPUP).catch((error: zoid.XComponentError) => console.log(error.code));
login.event.on(zoid.EVENT.RENDERED, () => console.log('ready'));
zoid.destroyAll();
const version: string = zoid.version;

// The child page.
Login.ready().then((xprops) => {
  const email: string = xprops.defaultEmail || '';
  return xprops.onLoginSuccess(email).then(() => xprops.close());
});
const xprops = Login.xprops;
if (xprops && zoid.isChild()) xprops.hide();
const untyped = window.xprops;
if (untyped) untyped.getParentDomain().toUpperCase();
