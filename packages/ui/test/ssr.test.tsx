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

  it('renders PayToActivate to a string (badge, price and Pay Now) before its body has loaded', async () => {
    const { PayToActivate, PlankitUIProvider } = await import('../src/index');
    const { assignedNumber } = await import('../src/testing/fake-numbers');
    const html = renderToString(
      createElement(
        PlankitUIProvider,
        { locale: 'en-US' },
        createElement(PayToActivate, { number: assignedNumber('pending_payment') }),
      ),
    );
    expect(html).toContain('Pending Payment');
    expect(html).toContain('Reserved for you. Pay $4.15/mo to activate it.');
    expect(html).toContain('>Pay Now</button>');
  });
});
