/// <reference path="xcomponent.d.ts" />
// Must NOT compile: the typings catch these mistakes, each on its own line.
interface LoginProps { defaultEmail: string; onLoginSuccess(email: string): void }
const Login = xcomponent.create<LoginProps>({ tag: 'log-in', url: 'https://login.example/', props: {
  defaultEmail: { type: 'number' },
  onLoginSuccess: { type: 'function' },
} });
Login({ defaultEmail: 42, onLoginSuccess: () => undefined });
Login({ defaultEmail: 'a@b.example', onLoginSuccess: () => undefined }).render('#login', 'lightbox');
xcomponent.create({ tag: 'sized', url: 'https://x.example/', dimensions: { width: '400', height: '200px' } });
const answer: string = Login.xprops!.onLoginSuccess('a@b.example');
Login();
xcomponent.create({ tag: 'zoid-kid', url: 'https://x.example/', zoidChildren: 'yes' });
xcomponent.create<{ age: number }>({ tag: 'aged', url: 'https://x.example/', props: { age: { type: 'email' } } });
Login.driver('angular1');
Login.driver('react', {})({ defaultEmail: 'a@b.example', onLoginSuccess: 42 });
new (Login.driver('element'))().defaultEmail = 42;
Login.driver('react', { React: {} })({ defaultEmail: 'a@b.example', onLoginSuccess: () => undefined, context: 'sheet' });
xcomponent.create({ tag: 'modal-kid', url: 'https://x.example/', defaultContext: 'modal', closeOnBackdropClick: 'yes' });
new (Login.driver('angular2', { Component: 1, ElementRef: 1, NgZone: 1 }))(0, 0).defaultEmail = 42;
Login.driver('angular2', { Component: 1, NgModule: 1 });
