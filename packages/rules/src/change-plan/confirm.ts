import type { Refusal } from '../types';
import { applyPlanChange, type PlanChangeOutcome } from './apply';
import { type PreviewPlanChangeInput, previewPlanChange } from './preview';
import { verifyQuote } from './quote';

export interface ConfirmPlanChangeInput extends Omit<PreviewPlanChangeInput, 'now'> {
  /** The quote the user saw: its instant and subscription version. */
  readonly quotedAt: Date;
  readonly quotedVersion: number | null;
  /** The instant of the confirmation (checked against the quote's TTL). */
  readonly now: Date;
  /** Id for the subscription a free sub-account starts. */
  readonly subscriptionId: string;
}

export type ConfirmedPlanChange = PlanChangeOutcome & {
  readonly ok: true;
  /** The preview recomputed at quotedAt: what was shown is what is charged. */
  readonly preview: Extract<ReturnType<typeof previewPlanChange>, { ok: true }>;
};

/**
 * The server side of Confirm: check the quote, recompute the preview at the quote's instant,
 * refuse with its first blocker, else apply it. Charge exactly `invoice.amount`.
 */
export function confirmPlanChange(input: ConfirmPlanChangeInput): ConfirmedPlanChange | Refusal {
  const { subAccount, agency, target, quotedAt, quotedVersion, now, subscriptionId } = input;
  const quote = verifyQuote({ subAccount, quotedAt, quotedVersion, now, policy: input.policy });
  if (!quote.ok) return quote;
  const preview = previewPlanChange({ ...input, now: quotedAt });
  if (!preview.ok) return preview;
  const blocker = preview.blockers[0];
  if (blocker !== undefined) return blocker;
  return { ok: true, preview, ...applyPlanChange({ subAccount, agency, target, preview, now, subscriptionId }) };
}
