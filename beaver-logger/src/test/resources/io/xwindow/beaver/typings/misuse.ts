/// <reference path="beaver-logger.d.ts" />
beaver.Logger({
  flushInterval: '60s',
});
beaver.Logger({
  autoTransitions: 'paint',
});
beaver.Logger({}).endTransition(42);
