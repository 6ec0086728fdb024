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

  it('renders ChangePlanDialog to a string (its trigger) before any data', async () => {
    const { ChangePlanDialog } = await import('../src/index');
    const { FakePlankitProvider } = await import('../src/testing/FakePlankitProvider');
    const { FakePlankit } = await import('../src/testing/fake-plankit');
    const { scenario } = await import('../src/testing/fixtures');
    const html = renderToString(
      createElement(
        FakePlankitProvider,
        { fake: new FakePlankit(scenario()) },
        createElement(ChangePlanDialog, { subAccountId: 'sa_northwind' }),
      ),
    );
    expect(html).toContain('>Change plan</button>');
  });
});
