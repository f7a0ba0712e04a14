// A checkout page's use of the package: import, await ready() once, validate.
// The browser test serves this page through Vite builds and as a plain ES module.
import { ready, validate } from 'klarna-precheck';

const status = document.querySelector('#status');
try {
  validate('order', {});
  window.beforeReadyError = null;
} catch (error) {
  window.beforeReadyError = error.message;
}

ready().then(
  () => {
    window.runValidation = (kind, payload, options) => validate(kind, payload, options);
    const report = validate('order', { purchase_country: 'GB', purchase_currency: 'GBP', order_amount: 100, order_lines: [] });
    document.querySelector('#result').textContent = JSON.stringify(report, null, 2);
    status.textContent = 'ready';
    status.dataset.state = 'ready';
  },
  (error) => {
    status.textContent = `failed: ${error.message}`;
    status.dataset.state = 'failed';
  },
);
