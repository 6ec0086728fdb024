import {
  type PlanChangePreview,
  type PreviewPlanChangeInput,
  type PreviewResult,
  previewPlanChange,
  type Refusal,
} from '@plankit/rules';
import { expect } from 'vitest';
import { agency, owner } from './fixtures';

type Input = Omit<PreviewPlanChangeInput, 'actor' | 'agency'> &
  Partial<Pick<PreviewPlanChangeInput, 'actor' | 'agency'>>;

/** previewPlanChange as the agency owner unless stated. */
export function preview(input: Input): PreviewResult {
  return previewPlanChange({ actor: owner, agency, ...input });
}

/** A preview that must be computable. */
export function quote(input: Input): PlanChangePreview {
  const result = preview(input);
  if (!result.ok) expect.fail(`expected a preview, got the refusal ${result.reason}`);
  return result;
}

/** A preview that must be refused. */
export function refusal(input: Input): Refusal {
  const result = preview(input);
  if (result.ok) expect.fail(`expected a refusal, got a ${result.kind} preview`);
  return result;
}

export const keys = (p: PlanChangePreview) => p.summary.map((s) => s.key);
