// @vitest-environment node
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('on the server', () => {
  it('imports the entry without window or document and renders to a string', async () => {
    expect(typeof globalThis.window).toBe('undefined');
    const ui = await import('../src/index');
    const html = renderToString(
      createElement(
        ui.PlankitUIProvider,
        { locale: 'en-US' },
        createElement(ui.MoneyText, { value: { amount: 4900, currency: 'USD' } }),
      ),
    );
    expect(html).toBe('<span class="plankit-money" data-slot="money">$49.00</span>');
  });
});
