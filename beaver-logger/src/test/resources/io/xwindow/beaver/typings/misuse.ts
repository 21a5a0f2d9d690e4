/// <reference path="beaver-logger.d.ts" />
beaver.Logger({
  flushInterval: '60s',
});
