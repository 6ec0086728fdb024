import { requestDeadlines } from '../invoices/status';
import type { OverLimit, Plan, SubAccount } from '../types';
import type { Impact } from './impact';
import { type ChangePlanMessage, changePlanMessage as m } from './messages';

/** What the change will do, as message keys with values, in reading order. */
export function previewSummary(
  impact: Impact,
  target: Plan,
  subAccount: SubAccount,
  overLimit: readonly OverLimit[],
  contactSales: boolean,
  minutesCarried: number,
): ChangePlanMessage[] {
  const subscription = subAccount.subscription;
  const lines: ChangePlanMessage[] = [];
  const pending = subscription?.scheduledChange ?? null;
  if (pending !== null && impact.kind !== 'stripe_new' && impact.kind !== 'offline_new') {
    lines.push(
      m('change_plan.summary.replaces_scheduled', { plan: pending.targetTerms.name, date: pending.effectiveAt }),
    );
  }
  if (contactSales) lines.push(m('change_plan.summary.contact_sales', { plan: target.name }));

  if (impact.kind === 'stripe_new' || impact.kind === 'offline_new') {
    const period = impact.newPeriod;
    if (period !== null) {
      lines.push(
        m('change_plan.summary.new_subscription', { plan: target.name, start: period.start, end: period.end }),
      );
    }
  } else if (impact.timing === 'period_end') {
    lines.push(m('change_plan.summary.scheduled', { plan: target.name, date: impact.effectiveAt }));
    if (subscription !== null) {
      lines.push(m('change_plan.summary.keeps_current', { plan: subscription.terms.name, date: impact.effectiveAt }));
    }
  } else {
    lines.push(m('change_plan.summary.applies_now', { plan: target.name }));
    if (subscription?.status === 'trialing' && subscription.trialEnd !== null) {
      lines.push(m('change_plan.summary.trial_kept', { date: subscription.trialEnd }));
    }
    if (impact.newPeriod !== null) lines.push(m('change_plan.summary.renewal_moves', { date: impact.newPeriod.end }));
  }

  lines.push(
    impact.amountDueNow.amount > 0
      ? m('change_plan.summary.charge_now', { amount: impact.amountDueNow })
      : m('change_plan.summary.nothing_due'),
  );
  const request = impact.timing === 'now' && target.paymentType === 'offline' ? impact.newPeriod : null;
  if (request !== null && target.price !== null) {
    const { dueAt } = requestDeadlines({ periodStart: request.start, terms: target });
    lines.push(m('change_plan.summary.payment_request', { amount: target.price, start: request.start, date: dueAt }));
  }
  if (impact.creditSource === 'agency_pool') {
    lines.push(m('change_plan.summary.credit_from_pool', { amount: impact.creditAmount }));
  } else if (impact.creditSource === 'unused_time') {
    lines.push(m('change_plan.summary.credit_balance', { amount: impact.creditAmount }));
  } else if (impact.kind === 'offline_downgrade') {
    lines.push(m('change_plan.summary.no_credit'));
  }
  if (impact.minutesGrantedNow > 0) {
    lines.push(m('change_plan.summary.minutes_granted', { minutes: impact.minutesGrantedNow }));
  }
  if (minutesCarried > 0) lines.push(m('change_plan.summary.minutes_carried', { minutes: minutesCarried }));
  for (const { resource, usage, cap } of overLimit) {
    lines.push(m('change_plan.summary.over_limit', { resource, usage, cap, plan: target.name }));
  }
  return lines;
}
