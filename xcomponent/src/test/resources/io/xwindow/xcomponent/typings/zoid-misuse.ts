/// <reference path="zoid.d.ts" />
// Must NOT compile: the zoid global has the same checks.
const Button = zoid.create<{ label: string }>({ tag: 'pay-button', url: 'https://pay.example/', props: { label: { type: 'string' } } });
Button({ label: 'Pay' }).render('#button', 'lightbox');
