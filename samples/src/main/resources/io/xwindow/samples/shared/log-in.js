// The log-in component of zoid's first announcement, defined once: the parent site and the child
// site both load this script (after xcomponent.js), the parent to render it, the child to get its
// props. Served by both sites at /shared/log-in.js.
var LogIn = xcomponent.create({
  tag: 'log-in',
  url: '{{CHILD_ORIGIN}}/log-in.html',
  dimensions: { width: '400px', height: '200px' },
  // only the parent site may embed it: a copy of this page on another site gets no prop
  allowedParentDomains: '{{PARENT_ORIGIN}}',
  attributes: { iframe: { title: 'Log in' } },
  props: {
    defaultEmail: { type: 'string', required: false },
    onLoginSuccess: { type: 'function' }
  }
});
