/*
 * The component of the render benchmark, defined by the very same code on the parent page and in
 * the child frame, whichever library the page loaded under the global zoid: a login box on the
 * child's site, 400x200, with a string prop and a function prop.
 */
window.BenchLogin = zoid.create({
  tag: 'bench-login',
  url: window.benchConfig.childUrl,
  dimensions: { width: '400px', height: '200px' },
  defaultContext: 'iframe',
  allowedParentDomains: window.benchConfig.parentOrigin,
  props: {
    defaultEmail: { type: 'string' },
    onLoginSuccess: { type: 'function' }
  }
});
