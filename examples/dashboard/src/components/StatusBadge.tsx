import { Badge, type BadgeVariant } from '@plankit/ui';
import type { BillingBadgeValue } from '../types';

const billing: Record<BillingBadgeValue, [string, BadgeVariant]> = {
  active: ['Active', 'success'],
  past_due: ['Past Due', 'warning'],
  blocked: ['Blocked', 'danger'],
  inactive: ['No subscription', 'neutral'],
};

export function BillingStatus({ value }: { value: BillingBadgeValue }) {
  const [label, variant] = billing[value];
  return <Badge variant={variant}>{label}</Badge>;
}

const numberStates = {
  unassigned: ['Unassigned', 'neutral'],
  pending_payment: ['Pending Payment', 'warning'],
  active: ['Active', 'success'],
  releasing: ['Releasing', 'accent'],
} as const satisfies Record<string, [string, BadgeVariant]>;

export function NumberState({ value }: { value: keyof typeof numberStates }) {
  const [label, variant] = numberStates[value];
  return <Badge variant={variant}>{label}</Badge>;
}
