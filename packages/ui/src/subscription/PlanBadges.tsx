import { type Plan, type PlanBadge, planBadgeMessage, planBadges } from '@plankit/rules';
import { Badge } from '../components/Badge';
import { useT } from '../i18n/useT';

export interface PlanBadgesProps {
  /** The plan, or a subscription's snapshotted terms. */
  plan: Plan;
  className?: string | undefined;
}

const key = (badge: PlanBadge) => badge.kind;
const isOn = (badge: PlanBadge) => !('on' in badge) || badge.on;

/** The plan's badges as texts, in display order, for hosts that draw their own. */
export function usePlanBadges(plan: Plan): { kind: PlanBadge['kind']; on: boolean; label: string }[] {
  const t = useT();
  return planBadges(plan).map((badge) => ({
    kind: key(badge),
    on: isOn(badge),
    label: t.ref(planBadgeMessage(badge)),
  }));
}

/**
 * The plan at a glance: `Recurring · $49/mo` or `Recurring · Off`, `Usage · $0.015/min` or
 * `Usage · Off`, `Add-on packs · On/Off`, `1 min = 4 chats` when chat is on, `500 minutes included`.
 * Styling hooks: `data-slot="plan-badges"`; on each badge `data-kind` and `data-state="on" | "off"`.
 */
export function PlanBadges({ plan, className }: PlanBadgesProps) {
  const t = useT();
  const badges = usePlanBadges(plan);
  return (
    <ul
      className={['plankit-badges', className].filter(Boolean).join(' ')}
      data-slot="plan-badges"
      aria-label={t('planBadges.label')}
    >
      {badges.map((badge) => (
        <li key={badge.kind}>
          <Badge variant={badge.on ? 'accent' : 'neutral'} data-kind={badge.kind} data-state={badge.on ? 'on' : 'off'}>
            {badge.label}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
