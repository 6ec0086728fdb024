import type { ImpactKind, ReasonCode } from '@plankit/rules';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../../src/components/Button';
import { agency, catalogOf, subAccount, subAccountUser } from '../../src/testing/fixtures';
import { confirmButton, Harness, type HarnessProps, leave, openDialog, page, pick, slot, stepOf } from './harness';

/** What a story shows, checked by a test: every impact kind and change-plan reason code has one. */
export interface Covers {
  kinds?: ImpactKind[];
  reasons?: ReasonCode[];
}

const meta = {
  title: 'Change plan/ChangePlanDialog',
  component: Harness,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Harness>;
export default meta;
type Story = StoryObj<typeof meta> & { parameters?: { covers?: Covers } };

/** Visible text in a paragraph (the live region repeats results for screen readers). */
const text = (dialog: HTMLElement, value: string | RegExp) => within(dialog).findByText(value, { selector: 'p' });

// ---------------------------------------------------------------------------------------------
// Async states

export const Loading: Story = {
  args: { setup: (fake) => fake.failNext('context', { kind: 'hang' }), dialog: { defaultOpen: true } },
  play: async (ctx) => {
    const dialog = await page(ctx).findByRole('dialog', { name: 'Change plan' });
    await expect(stepOf(dialog)).toBe('loading');
    await expect(within(dialog).getByText('Loading plans…')).toBeVisible();
  },
};

export const Previewing: Story = {
  args: { setup: (fake) => fake.failNext('preview', { kind: 'hang' }) },
  play: async (ctx) => {
    const dialog = await openDialog(ctx);
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Scale' }));
    await expect(await within(dialog).findByText('Calculating the billing impact…')).toBeVisible();
    await expect(confirmButton(dialog)).toBeDisabled();
  },
};

export const LoadFailedWithRetry: Story = {
  args: { setup: (fake) => fake.failNext('context', { kind: 'network' }), dialog: { defaultOpen: true } },
  play: async (ctx) => {
    const dialog = await page(ctx).findByRole('dialog', { name: 'Change plan' });
    await expect(await text(dialog, 'The plans could not be loaded.')).toBeVisible();
    await expect(
      within(dialog).getByText('Could not reach the server. Check your connection, then retry.', { selector: 'p' }),
    ).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry' }));
    await expect(await within(dialog).findByText('Current plan')).toBeVisible();
  },
};

// ---------------------------------------------------------------------------------------------
// Every impact kind and timing

export const FreeToStripe: Story = {
  parameters: { covers: { kinds: ['stripe_new'] } },
  args: { scenario: { subAccount: subAccount({ on: null }) } },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Growth');
    await expect(within(dialog).getByText('No plan (free)')).toBeVisible();
    // Free sub-accounts may pick either payment type, so each option says which.
    await expect(within(dialog).getByRole('radio', { name: 'Offline Basic' })).toHaveAccessibleDescription(
      '$20.00/mo 200 minutes included Offline',
    );
    // The full first period is due now; the period runs from now (Nov 22, 12:00) for a month.
    await expect(slot(dialog, 'due-now')).toBe('$79.00');
    await expect(slot(dialog, 'effective')).toBe('Now');
    await expect(slot(dialog, 'renewal')).toBe('Dec 22, 2026');
    await expect(confirmButton(dialog)).toBeEnabled();
  },
};

export const FreeToOffline: Story = {
  parameters: { covers: { kinds: ['offline_new'] } },
  args: { scenario: { subAccount: subAccount({ on: null }), plans: undefined } },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Offline Basic');
    await expect(slot(dialog, 'due-now')).toBe('$0.00');
    await expect(slot(dialog, 'minutes')).toBe('200');
    await expect(slot(dialog, 'renewal')).toBe('Dec 22, 2026');
  },
};

export const StripeUpgrade: Story = {
  parameters: { covers: { kinds: ['stripe_upgrade'] } },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Scale');
    // Nov 8 09:00 → Dec 8 09:00 is 2,592,000 s; 1,371,600 s remain at Nov 22 12:00 (f = 0.529166…):
    // credit −round(7,900 × f) = −4,180; charge +round(19,900 × f) = 10,530; due 6,350.
    await expect(slot(dialog, 'due-now')).toBe('$63.50');
    await expect(slot(dialog, 'proration-lines')).toContain('-$41.80');
    await expect(slot(dialog, 'proration-lines')).toContain('$105.30');
    // Extra minutes (3,000 − 1,000) are granted now, not prorated.
    await expect(slot(dialog, 'minutes')).toBe('2,000');
  },
};

/** Each proration line says its arithmetic: hours here, since 16 of 30 days would give $42.13. */
export const ProrationExplained: Story = {
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Scale');
    const lines = within(dialog)
      .getAllByRole('listitem')
      .filter((li) => li.closest('[data-slot="proration-lines"]'));
    // 1,371,600 of 2,592,000 s = 381 of 720 hours: round(7,900 × 381 / 720) = 4,180; round(19,900 × 381 / 720) = 10,530.
    await expect(lines.map((li) => li.textContent)).toEqual([
      'Unused time on Growth, 381 of 720 hours × $79.00-$41.80',
      'Remaining time on Scale, 381 of 720 hours × $199.00$105.30',
    ]);
  },
};

export const SuccessWithInvoice: Story = {
  args: { dialog: { onSuccess: fn() } },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Scale');
    await userEvent.click(confirmButton(dialog));
    const link = await within(dialog).findByRole('link', { name: 'View invoice' });
    await expect(link).toHaveAttribute('href', 'https://billing.example.com/invoices/in_1');
    await expect(stepOf(dialog)).toBe('success');
    await expect(slot(dialog, 'live-region')).toBe(
      'The plan is now Scale. $63.50 was charged. 2,000 minutes were added.',
    );
    await expect(ctx.args.dialog?.onSuccess).toHaveBeenCalledTimes(1);
  },
};

export const StripeDowngradeAtPeriodEnd: Story = {
  parameters: { covers: { kinds: ['stripe_downgrade'] } },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Starter');
    await expect(slot(dialog, 'due-now')).toBe('$0.00');
    await expect(slot(dialog, 'effective')).toBe('Dec 8, 2026');
    await expect(slot(dialog, 'summary')).toContain('Changes to Starter on Dec 8, 2026.');
    await userEvent.click(confirmButton(dialog));
    await expect(await text(dialog, 'The plan changes to Starter on Dec 8, 2026.')).toBeVisible();
  },
};

export const StripeDowngradeNow: Story = {
  args: { scenario: { policy: { stripeDowngradeTiming: 'now' } } },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Starter');
    await expect(dialog.querySelector('[data-slot="impact"]')).toHaveAttribute('data-timing', 'now');
    await expect(slot(dialog, 'due-now')).toBe('$0.00');
    // Unused Growth 4,180 exceeds Starter's remaining 1,535 (round(2,900 × f)): 2,645 becomes credit.
    await expect(slot(dialog, 'credit')).toBe('$26.45');
  },
};

export const StripeIntervalChangeLonger: Story = {
  parameters: { covers: { kinds: ['stripe_interval_change'] } },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Growth (yearly)');
    // Full yearly price now less unused monthly time: 79,000 − 4,180 = 74,820; the renewal moves.
    await expect(slot(dialog, 'due-now')).toBe('$748.20');
    await expect(slot(dialog, 'renewal')).toBe('Nov 22, 2027');
  },
};

export const StripeIntervalChangeShorter: Story = {
  args: { scenario: { subAccount: subAccount({ on: 'growthYearly' }) } },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Growth');
    await expect(dialog.querySelector('[data-slot="impact"]')).toHaveAttribute('data-timing', 'period_end');
    await expect(slot(dialog, 'effective')).toBe('Oct 8, 2027');
    await expect(slot(dialog, 'due-now')).toBe('$0.00');
  },
};

export const OfflineUpgrade: Story = {
  parameters: { covers: { kinds: ['offline_upgrade'] } },
  args: { scenario: { subAccount: subAccount({ on: 'offlineBasic', resources: { agents: 1 } }) } },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Offline Pro');
    // Not prorated: 6,000 − 2,000 from the agency pool to the sub-account's balance.
    await expect(slot(dialog, 'credit')).toBe('$40.00');
    await expect(slot(dialog, 'due-now')).toBe('$0.00');
  },
};

export const OfflineDowngrade: Story = {
  parameters: { covers: { kinds: ['offline_downgrade'] } },
  args: { scenario: { subAccount: subAccount({ on: 'offlinePro', resources: { agents: 1 } }) } },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Offline Basic');
    await expect(slot(dialog, 'effective')).toBe('Now');
    await expect(slot(dialog, 'summary')).toContain('No credit is issued.');
    await expect(dialog.querySelector('[data-slot="credit"]')).toBeNull();
  },
};

export const Lateral: Story = {
  parameters: { covers: { kinds: ['lateral'] } },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Growth Plus');
    await expect(dialog.querySelector('[data-slot="impact"]')).toHaveAttribute('data-kind', 'lateral');
    await expect(slot(dialog, 'due-now')).toBe('$0.00');
    await expect(confirmButton(dialog)).toBeEnabled();
  },
};

// ---------------------------------------------------------------------------------------------
// Who may change: the trigger is hidden, or disabled with the reason when the host asks

const unavailable = (reason: ReasonCode, message: string, args: HarnessProps): Story => ({
  parameters: { covers: { reasons: [reason] } },
  args: { ...args, dialog: { whenUnavailable: 'disable' } },
  play: async ({ canvasElement }) => {
    // The trigger is replaced once the server's answer arrives: query it again until then.
    const trigger = () => within(canvasElement).getByRole('button', { name: 'Change plan' });
    await waitFor(() => expect(trigger()).toBeDisabled());
    await expect(trigger()).toHaveAccessibleDescription(message);
  },
});

export const NotAgencyMember = unavailable(
  'not_agency_member',
  "Only the agency's team members can change this sub-account's plan. Ask an agency team member to make the change.",
  { scenario: { actor: subAccountUser } },
);
export const FeatureDisabled = unavailable(
  'feature_disabled',
  'Changing plans is not enabled for your agency. Contact support to enable it.',
  { scenario: { agency: agency({ changePlan: false }) } },
);
export const SubAccountBlocked = unavailable(
  'sub_account_blocked',
  'This sub-account is blocked. Unblock the sub-account first, then change the plan.',
  { scenario: { subAccount: subAccount({ fields: { status: 'blocked' } }) } },
);
export const NotCreatedByAgency = unavailable(
  'not_created_by_agency',
  "This sub-account was not invited by the agency, so the agency cannot change its plan. Ask the sub-account's owner to change it.",
  { scenario: { subAccount: subAccount({ fields: { createdByAgency: false } }) } },
);
export const SubscriptionNotChangeable = unavailable(
  'subscription_not_changeable',
  'The subscription is paused, so its plan cannot be changed. Bring the subscription back to active, or start a new one.',
  { scenario: { subAccount: subAccount({ subscription: { status: 'paused' } }) } },
);
export const OpenInvoiceBlocked = unavailable(
  'open_invoice',
  'The sub-account has an open invoice. Settle the open invoice, then change the plan.',
  {
    scenario: { subAccount: subAccount({ subscription: { hasOpenInvoice: true } }), policy: { openInvoice: 'block' } },
  },
);

export const HiddenWithoutPermission: Story = {
  args: { scenario: { agency: agency({ changePlan: false }) } },
  play: async ({ canvasElement, args }) => {
    // Renders nothing once the server says the feature is off.
    await waitFor(() => expect(canvasElement.querySelector('button')).toBeNull());
    await expect(args.scenario?.agency?.features.changePlan).toBe(false);
  },
};

// ---------------------------------------------------------------------------------------------
// Refusals with their fixes

const blocked = (reason: ReasonCode, plan: string, message: string, args: HarnessProps = {}): Story => ({
  parameters: { covers: { reasons: [reason] } },
  args,
  play: async (ctx) => {
    const dialog = await pick(ctx, plan);
    await expect(stepOf(dialog)).toBe('blocked');
    await expect(dialog.querySelector(`[data-reason="${reason}"]`)).toHaveTextContent(message);
    await expect(confirmButton(dialog)).toBeDisabled();
  },
});

export const PaymentMethodRequired = blocked(
  'payment_method_required',
  'Scale',
  'The sub-account has no payment method on file. Ask them to add a card, then retry.',
  { scenario: { subAccount: subAccount({ fields: { hasPaymentMethod: false } }) } },
);
export const InsufficientAgencyCredit = blocked(
  'insufficient_agency_credit',
  'Offline Pro',
  'This change needs $40.00 of agency credit but the pool holds $10.00. Add credit to the agency pool, then retry.',
  {
    scenario: {
      subAccount: subAccount({ on: 'offlineBasic', resources: { agents: 1 } }),
      agency: agency({ creditPool: { amount: 1000, currency: 'USD' } }),
    },
  },
);
export const CurrencyMismatch = blocked(
  'currency_mismatch',
  'Offline Pro',
  "The amounts are in different currencies. Pick a plan priced in the sub-account's currency, then retry.",
  {
    scenario: {
      subAccount: subAccount({ on: 'offlineBasic', resources: { agents: 1 } }),
      agency: agency({ creditPool: { amount: 500_000, currency: 'EUR' } }),
    },
  },
);
export const OverLimitBlock = blocked(
  'over_limit',
  'Starter',
  'Agents: 4 in use and the cap is 2. Remove some until usage is under the cap, or pick a plan with a higher cap.',
  { scenario: { subAccount: subAccount({ resources: { agents: 4 } }), policy: { overLimit: 'block' } } },
);

export const OverLimitWarn: Story = {
  args: { scenario: { subAccount: subAccount({ resources: { agents: 4 } }) } },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Starter');
    await expect(slot(dialog, 'over-limit')).toContain('Agents: 4 in use, limit 2');
    await expect(confirmButton(dialog)).toBeEnabled();
  },
};

// The server refuses to quote: the catalog or the subscription changed after the dialog loaded.
export const PlanNotActive = blocked(
  'plan_not_active',
  'Scale',
  'Scale is not an active plan. Activate it in the plan catalog, or pick an active plan.',
  { setup: (fake) => fake.onNext('preview', (f) => f.setPlanStatus('plan_scale', 'archived')) },
);
export const SamePlan = blocked('same_plan', 'Scale', 'This is the current plan. Pick a different plan.', {
  setup: (fake) => fake.onNext('preview', (f) => f.moveSubscriptionTo('plan_scale')),
});
export const PaymentTypeMismatch = blocked(
  'payment_type_mismatch',
  'Scale',
  "Cannot change plan from offline to online or vice versa. Pick a plan with the sub-account's current payment type.",
  { setup: (fake) => fake.onNext('preview', (f) => f.moveSubscriptionTo('plan_offline_basic')) },
);

export const ContactSales: Story = {
  parameters: { covers: { reasons: ['contact_sales'] } },
  args: { dialog: { contactSalesHref: 'https://example.com/sales', onContactSales: fn() } },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Enterprise');
    await expect(within(dialog).getByText('Contact sales', { selector: '[data-slot="badge"]' })).toBeVisible();
    await expect(dialog.querySelector('[data-reason="contact_sales"]')).toHaveTextContent(
      'Changes to Enterprise go through sales. Contact sales to make this change.',
    );
    await expect(within(dialog).queryByRole('button', { name: 'Confirm' })).toBeNull();
    await expect(within(dialog).getByRole('link', { name: 'Contact sales' })).toHaveAttribute(
      'href',
      'https://example.com/sales',
    );
  },
};

export const QuoteExpired: Story = {
  parameters: { covers: { reasons: ['quote_expired'] } },
  args: {
    dialog: { onSuccess: fn() },
    // The user looked at the quote for more than the policy's 10 minutes.
    setup: (fake) => fake.onNext('change', (f) => f.advance(601)),
  },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Scale');
    await userEvent.click(confirmButton(dialog));
    await expect(
      await text(dialog, 'The quote expired or the subscription changed. Review the new amounts, then confirm again.'),
    ).toBeVisible();
    await leave(dialog, 'previewing');
    // Re-quoted 601 s later: 1,370,999 s remain (f = 0.528934…); −round(4,178.58) = −4,179,
    // +round(10,525.79) = 10,526; due 6,347.
    await expect(slot(dialog, 'due-now')).toBe('$63.47');
    await expect(ctx.args.dialog?.onSuccess).not.toHaveBeenCalled();
    await userEvent.click(confirmButton(dialog));
    await expect(await text(dialog, /The plan is now Scale\. \$63\.47 was charged\./)).toBeVisible();
  },
};

/** Another agency's sub-account: the server answers 404, so the host's trigger is disabled with the reason. */
export const NotFound: Story = {
  parameters: { covers: { reasons: ['not_found'] } },
  args: { subAccountId: 'sa_of_another_agency', dialog: { whenUnavailable: 'disable' } },
  play: async (ctx) => {
    // The disabled trigger replaces the one shown while the context loads.
    const trigger = () => within(ctx.canvasElement).getByRole('button', { name: 'Change plan' });
    await waitFor(() => expect(trigger()).toBeDisabled());
    await expect(trigger()).toHaveAccessibleDescription(
      'This item was not found. Refresh the page and check you are in the right agency, then retry.',
    );
    await expect(page(ctx).queryByRole('dialog')).toBeNull();
  },
};

export const NetworkErrorWithRetry: Story = {
  args: { setup: (fake) => fake.failNext('change', { kind: 'network' }), dialog: { onError: fn() } },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Scale');
    await userEvent.click(confirmButton(dialog));
    await expect(await text(dialog, 'The plan was not changed.')).toBeVisible();
    await expect(ctx.args.dialog?.onError).toHaveBeenCalledTimes(1);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry' }));
    await expect(await within(dialog).findByRole('link', { name: 'View invoice' })).toBeVisible();
  },
};

// ---------------------------------------------------------------------------------------------
// Scheduled change, empty list, long names

const scheduledDowngrade = subAccount({
  subscription: {
    scheduledChange: {
      targetPlanId: 'plan_starter',
      targetTerms: {
        id: 'plan_starter',
        agencyId: 'agency_acme',
        name: 'Starter',
        currency: 'USD',
        status: 'active',
        paymentType: 'stripe',
        interval: { unit: 'month', count: 1 },
        price: { amount: 2900, currency: 'USD' },
        includedMinutes: 300,
        usageRate: { amount: 15, currency: 'USD', scale: 1 },
        addOnPacks: true,
        chatsPerMinute: null,
        paymentDueDays: 7,
        graceDays: 7,
        phoneNumberPrice: { amount: 300, currency: 'USD' },
        caps: { agents: 2, teamMembers: 3, concurrentCalls: null, knowledgeBaseMb: null, phoneNumbers: null },
        contractOnly: false,
      },
      kind: 'stripe_downgrade',
      effectiveAt: '2026-12-08T09:00:00.000Z',
      createdAt: '2026-11-20T10:00:00.000Z',
    },
  },
});

export const ScheduledChangeCancel: Story = {
  args: { scenario: { subAccount: scheduledDowngrade } },
  play: async (ctx) => {
    const dialog = await openDialog(ctx);
    await expect(slot(dialog, 'scheduled-change')).toContain('Changes to Starter on Dec 8, 2026.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel scheduled change' }));
    await expect(await text(dialog, 'The scheduled change to Starter was cancelled.')).toBeVisible();
    await expect(dialog.querySelector('[data-slot="scheduled-change"]')).toBeNull();
  },
};

export const ReplacesScheduledChange: Story = {
  args: { scenario: { subAccount: scheduledDowngrade } },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Scale');
    await expect(slot(dialog, 'summary')).toContain('Replaces the change to Starter scheduled for Dec 8, 2026.');
  },
};

export const EmptyPlanList: Story = {
  args: { scenario: { subAccount: subAccount({ on: 'offlineBasic' }), plans: catalogOf('offlineBasic', 'growth') } },
  play: async (ctx) => {
    const dialog = await openDialog(ctx);
    await expect(
      await text(
        dialog,
        'No other active plan uses this sub-account’s payment type and currency. Create or activate one, then try again.',
      ),
    ).toBeVisible();
    await expect(confirmButton(dialog)).toBeDisabled();
  },
};

export const LongPlanNames: Story = {
  args: {
    scenario: {
      subAccount: subAccount({ on: null, fields: { name: 'Northwind Dental & Orthodontics of Greater Springfield' } }),
    },
  },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Professional Services Unlimited Omnichannel Contact Centre Edition');
    await expect(slot(dialog, 'due-now')).toBe('$249.00');
  },
};

// ---------------------------------------------------------------------------------------------
// Themes, language, control, keyboard

export const Dark: Story = { ...StripeUpgrade, parameters: { plankit: { theme: 'dark' } } };
export const CustomTheme: Story = { ...StripeUpgrade, parameters: { plankit: { theme: 'brand' } } };

export const German: Story = {
  parameters: { plankit: { locale: 'de' } },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Scale');
    await expect(page(ctx).getByRole('dialog', { name: 'Tarif ändern' })).toBe(dialog);
    await expect(slot(dialog, 'due-now')?.replace(/\s/g, ' ')).toBe('63,50 $');
    await expect(slot(dialog, 'proration-lines')?.replace(/\s/g, ' ')).toContain(
      'Nicht genutzte Zeit für Growth, 381 von 720 Stunden × 79,00 $',
    );
    await expect(within(dialog).getByRole('button', { name: 'Bestätigen' })).toBeEnabled();
  },
};

function ControlledHost() {
  const [open, setOpen] = useState(false);
  const [last, setLast] = useState('none');
  return (
    <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
      <Button variant="primary" onClick={() => setOpen(true)}>
        Manage plan
      </Button>
      <span>Last result: {last}</span>
      <Harness dialog={{ open, onOpenChange: setOpen, onSuccess: (r) => setLast(`${r.kind} (${r.timing})`) }} />
    </div>
  );
}

export const Controlled: Story = {
  render: () => <ControlledHost />,
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    // Controlled without children: the dialog renders no trigger of its own.
    await expect(canvas.queryByRole('button', { name: 'Change plan' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Manage plan' }));
    const dialog = await page(ctx).findByRole('dialog', { name: 'Change plan' });
    await leave(dialog, 'loading');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Starter' }));
    await leave(dialog, 'previewing');
    await userEvent.click(confirmButton(dialog));
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Done' }));
    await waitFor(() => expect(page(ctx).queryByRole('dialog')).toBeNull());
    await expect(canvas.getByText('Last result: stripe_downgrade (period_end)')).toBeVisible();
  },
};

export const HostTriggerVetoes: Story = {
  args: {
    dialog: {
      children: (
        <Button variant="primary" onClick={(event) => event.preventDefault()}>
          Change plan
        </Button>
      ),
    },
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Change plan' }));
    await expect(within(canvasElement.ownerDocument.body).queryByRole('dialog')).toBeNull();
  },
};

export const KeyboardOnly: Story = {
  args: { dialog: { onSuccess: fn() } },
  play: async (ctx) => {
    const trigger = await within(ctx.canvasElement).findByRole('button', { name: 'Change plan' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await page(ctx).findByRole('dialog', { name: 'Change plan' });
    await leave(dialog, 'loading');
    // Opening focuses the panel (its title is read); Tab enters the plan group, arrows move the selection.
    await expect(dialog).toHaveFocus();
    await userEvent.tab();
    await expect(within(dialog).getByRole('radio', { name: 'Starter' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(within(dialog).getByRole('radio', { name: 'Growth (yearly)' })).toBeChecked();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    // The disabled current plan is skipped.
    await expect(within(dialog).getByRole('radio', { name: 'Scale' })).toBeChecked();
    await leave(dialog, 'previewing');
    await waitFor(() => expect(confirmButton(dialog)).toBeEnabled());
    confirmButton(dialog).focus();
    await userEvent.keyboard('{Enter}');
    await within(dialog).findByRole('link', { name: 'View invoice' });
    await expect(ctx.args.dialog?.onSuccess).toHaveBeenCalledTimes(1);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(page(ctx).queryByRole('dialog')).toBeNull());
    // Focus returns to the trigger.
    await expect(trigger).toHaveFocus();
  },
};

export const UserPicksTiming: Story = {
  args: { scenario: { policy: { userPicksTiming: true } } },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Scale');
    const when = within(dialog).getByRole('group', { name: 'When' });
    await expect(within(when).getByRole('radio', { name: 'Now' })).toBeChecked();
    await expect(slot(dialog, 'due-now')).toBe('$63.50');
    await userEvent.click(within(when).getByRole('radio', { name: 'At the next renewal' }));
    await leave(dialog, 'previewing');
    await waitFor(() => expect(slot(dialog, 'effective')).toBe('Dec 8, 2026'));
    await expect(slot(dialog, 'due-now')).toBe('$0.00');
    await userEvent.click(confirmButton(dialog));
    await expect(await text(dialog, 'The plan changes to Scale on Dec 8, 2026.')).toBeVisible();
  },
};

export const TrialingUpgrade: Story = {
  args: {
    scenario: {
      subAccount: subAccount({ subscription: { status: 'trialing', trialEnd: '2026-12-01T09:00:00.000Z' } }),
    },
  },
  play: async (ctx) => {
    const dialog = await pick(ctx, 'Scale');
    // A trialing subscription changes now with nothing due, and the trial end is kept.
    await expect(slot(dialog, 'due-now')).toBe('$0.00');
    await expect(slot(dialog, 'summary')).toContain('The trial still ends on Dec 1, 2026.');
  },
};
