// @vitest-environment node
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('the number and subscription components on the server', () => {
  it('render to a string without window', async () => {
    expect(typeof globalThis.window).toBe('undefined');
    const ui = await import('../../src/index');
    const { FakeNumbers, assignedNumber, numbersClient, numbersScenario } = await import(
      '../../src/testing/fake-numbers'
    );
    const { PlankitProvider } = await import('@plankit/sdk/react');
    const fake = new FakeNumbers(numbersScenario({ numbers: [assignedNumber('pending_payment')] }));
    const number = fake.number('num_1');
    const html = renderToString(
      createElement(
        QueryClientProvider,
        { client: new QueryClient() },
        createElement(
          PlankitProvider,
          { client: numbersClient(fake) },
          createElement(ui.PayToActivate, { number }),
          createElement(ui.UnassignNumberDialog, { number }),
          createElement(ui.AssignNumberDialog, { number }),
          createElement(ui.SubscriptionCard, { subAccountId: 'sa_new' }),
          createElement(ui.StartSubscriptionDialog, { subAccountId: 'sa_new' }),
        ),
      ),
    );
    expect(html).toContain('Pending Payment');
    expect(html).toContain('Pay Now');
    expect(html).toContain('>Unassign</button>');
    expect(html).toContain('data-slot="subscription-card"');
  });
});
