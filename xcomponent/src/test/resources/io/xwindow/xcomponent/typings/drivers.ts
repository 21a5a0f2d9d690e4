/// <reference path="xcomponent.d.ts" />
// Compiles against the typings with --strict: the drivers as a React, a Vue and a plain page use them.
interface LoginProps { defaultEmail?: string; amount: number; onLoginSuccess(email: string): void }
const Login = xcomponent.create<LoginProps>({ tag: 'log-in', url: 'https://login.example/', props: {
  defaultEmail: { type: 'string', required: false },
  amount: { type: 'number' },
  onLoginSuccess: { type: 'function' },
} });

// React, as its typings see a function component (no @types/react needed here)
declare const React: { createElement<Q>(type: (props: Q) => any, props: Q): unknown };
const LoginButton = Login.driver('react', { React, ReactDOM: {} });
React.createElement(LoginButton, { amount: 3, onLoginSuccess: (email: string) => console.log(email) });
React.createElement(LoginButton, { amount: 3, context: 'popup', onLoginSuccess: () => undefined,
  onClose: ({ reason }) => console.log(reason) });
React.createElement(LoginButton, { amount: 3, context: 'modal', onLoginSuccess: () => undefined });

// Vue 3, with or without its h
declare const h: (type: string) => unknown;
const forVue: xcomponent.VueDriverComponent = Login.driver('vue3', { h });
const forVueAlone = Login.driver('vue3');
const inherits: false = forVueAlone.inheritAttrs;

// the custom element: props as typed properties
const LoginElement = Login.driver('element');
const element = new LoginElement();
element.amount = 12.5;
element.onLoginSuccess = (email: string) => console.log(email);
const attributes: ReadonlyArray<string> = LoginElement.observedAttributes;
document.body.appendChild(element);

// Angular: zoid's NgModule, and the standalone component with its inputs typed
declare const Component: unknown, NgModule: unknown, ElementRef: unknown, NgZone: unknown, Inject: unknown;
declare function importInto(imports: Array<new (...args: any[]) => object>): void;
const LoginModule = Login.driver('angular2', { Component, NgModule, ElementRef, NgZone, Inject });
const LoginComponent = Login.driver('angular2', { Component, ElementRef, NgZone });
importInto([LoginModule, LoginComponent]);
const inputs = new LoginComponent(undefined, undefined);
inputs.amount = 3;
inputs.context = 'modal';
inputs.props = { defaultEmail: 'ann@example.com', onLoginSuccess: (email: string) => console.log(email) };
