/// <reference path="beaver-logger.d.ts" />
const logger: beaver.Logger = beaver.Logger({
  url: '/api/log',
  prefix: 'shop',
  logLevel: beaver.LOG_LEVEL.WARN,
  flushInterval: 30000,
  enableSendBeacon: true,
  metricNamespacePrefix: 'web',
  captureErrors: true,
  pageTimings: false,
  autoTransitions: true,
  webVitals: true,
});
beaver.Logger({ autoTransitions: 'start' }).startTransition().endTransition().transition('done').endTransition('cart');
logger.info('checkout_started', { cart: 3 }).warn('slow', {}).error('failed');
logger.debug('d').track({ step: 'pay' });
logger.metric({ metricNamespace: 'ns', metricEventName: 'click', metricValue: 1, metricType: 'counter' });
logger.metricCounter({ namespace: 'ns', event: 'click' });
logger.metricGauge({ namespace: 'ns', event: 'queue', value: 4, dimensions: { region: 'eu' } });
logger.metricHistogram({ namespace: 'ns', event: 'latency', value: 12.5 });
logger.addPayloadBuilder(() => ({ page: location.pathname }));
logger.addMetaBuilder(() => ({ build: 7 }));
logger.addTrackingBuilder(() => undefined);
logger.addHeaderBuilder(() => ({ 'x-csrf': 'token' }));
logger.addMetricDimensionBuilder(() => ({ region: 'eu' }));
logger.setTransport((options) => fetch(options.url, { method: options.method, body: JSON.stringify(options.json) }));
logger.configure({ flushInterval: 1000, logLevel: 'silent' });
const done: Promise<void> = logger.flush();
logger.immediateFlush().then(() => logger.destroy());
const file: string = beaver.PROTOCOL.FILE;
