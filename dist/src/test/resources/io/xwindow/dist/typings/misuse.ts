import { on, send } from 'xwindow/post-robot';
import { create } from 'xwindow/zoid';
// a handler is a function
on('getUser', 42);
// a window to send to, not a string
send('parent', 'ping');
// props must match the component's
create<{ email: string }>({ tag: 'x-y', url: 'https://x.example/', props: { email: { type: 'string' } } })({ email: 42 });
// no such export
import { nothing } from 'xwindow/memcookies';
void nothing;
