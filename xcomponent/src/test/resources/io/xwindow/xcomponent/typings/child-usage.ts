/// <reference path="xcomponent-child.d.ts" />
// Compiles against the child's build's typings with --strict: a component's own page.
interface LoginProps {
  defaultEmail?: string;
  onLoginSuccess(email: string): void;
}
const Login: xcomponent.Component<LoginProps> = xcomponent.create<LoginProps>({
  tag: 'log-in',
  url: 'https://login.example/login',
  props: {
    defaultEmail: { type: 'string', required: false },
    onLoginSuccess: { type: xcomponent.PROP_TYPE.FUNCTION },
  },
});
if (Login.isChild() && xcomponent.isChild()) {
  Login.ready().then((xprops: xcomponent.ChildProps<LoginProps>) =>
    xprops.onLoginSuccess((xprops.defaultEmail || '').toLowerCase()));
}
try {
  Login({ onLoginSuccess: (email) => console.log(email) });
} catch (error) {
  const childOnly: boolean = (error as xcomponent.XComponentError).code === 'CHILD_ONLY';
  console.log(childOnly);
}
