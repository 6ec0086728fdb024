import type { Plan } from '@plankit/rules';
import { planPriceLabel } from '../components/PlanPicker';
import { useT } from '../i18n/useT';

export interface CurrentPlanProps {
  /** The terms in force; null for a free sub-account ("No plan (free)"). */
  plan: Plan | null;
}

/** The sub-account's current plan: name and price per period. Styling hook: `data-slot="current-plan"`. */
export function CurrentPlan({ plan }: CurrentPlanProps) {
  const t = useT();
  return (
    <section className="plankit-section" data-slot="current-plan" aria-labelledby={undefined}>
      <h3 className="plankit-section-label">{t('changePlan.currentPlan')}</h3>
      <div className="plankit-current-plan">
        <span className="plankit-current-plan-name">{plan ? plan.name : t('changePlan.noPlan')}</span>
        {plan ? <span className="plankit-muted">{planPriceLabel(t, plan)}</span> : null}
      </div>
    </section>
  );
}
