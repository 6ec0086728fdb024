import type { ChangePlanResult } from '@plankit/sdk/contract';
import type { Translator } from '../i18n/useT';

/**
 * What the dialog says once a plan change is made, from the catalog: "The plan is now Scale.
 * $63.50 was charged. 2,000 minutes were added." Hosts use it for their own toast:
 * `const t = useT(); onSuccess={(result) => toast(changePlanSuccessMessage(t, result))}`.
 */
export function changePlanSuccessMessage(t: Translator, result: ChangePlanResult): string {
  const parts: string[] = [];
  if (result.scheduledChange) {
    parts.push(
      t('changePlan.success.scheduled', {
        plan: result.scheduledChange.targetTerms.name,
        date: result.scheduledChange.effectiveAt,
      }),
    );
  } else {
    parts.push(t('changePlan.success.now', { plan: result.subAccount.subscription?.terms.name ?? '' }));
  }
  if (result.amountCharged.amount > 0) parts.push(t('changePlan.success.charged', { amount: result.amountCharged }));
  if (result.creditGranted.amount > 0) parts.push(t('changePlan.success.credit', { amount: result.creditGranted }));
  if (result.minutesGranted > 0) parts.push(t('changePlan.success.minutes', { count: result.minutesGranted }));
  if (result.paymentRequest) {
    parts.push(t('changePlan.success.paymentRequest', { amount: result.paymentRequest.amount }));
  }
  return parts.join(' ');
}
