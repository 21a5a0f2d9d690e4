/// <reference path="zoid-child.d.ts" />
// Compiles against the child's build's typings with --strict: a component's own page, written for
// zoid 10, the global zoid, as is.
interface LoginProps {
  onLoginSuccess(email: string): void;
}
const Login: zoid.Component<LoginProps> = zoid.create<LoginProps>({
  tag: 'log-in',
  url: 'https://login.example/login',
  props: { onLoginSuccess: { type: zoid.PROP_TYPE.FUNCTION } },
});
Login.ready().then((xprops) => xprops.onLoginSuccess('ann@example.com'));
const code: zoid.ErrorCode = 'CHILD_ONLY';
console.log(code, window.xprops === undefined);
