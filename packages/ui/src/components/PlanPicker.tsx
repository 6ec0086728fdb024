import { intervalShortLabel, type Plan, type PlanOption, type PlanOptionsEmptyReason } from '@plankit/rules';
import { type ReactNode, useId } from 'react';
import { type Translator, useT } from '../i18n/useT';
import { Badge } from './Badge';
import { Notice } from './Notice';

export interface PlanPickerProps {
  /** The options to list, in order (from the rules' `planOptions`). */
  options: readonly PlanOption[];
  /** The selected plan's id, or null for none. */
  value: string | null;
  /** Called with the plan id the user selects. */
  onValueChange: (planId: string) => void;
  /** Why the list has nothing to pick; shown instead of the options. Default null. */
  empty?: PlanOptionsEmptyReason | null | undefined;
  /** The group's visible label. Default: the "New plan" message. */
  legend?: ReactNode | undefined;
  /** Disables every option (e.g. while a change is being submitted). Default false. */
  disabled?: boolean | undefined;
}

/** "$49.00/mo", or "No recurring fee" for a plan without a price. */
export function planPriceLabel(t: Translator, plan: Plan): string {
  if (plan.price === null) return t('plan.priceOff');
  return t('plan.price', { price: plan.price, period: t.ref(intervalShortLabel(plan.interval)) });
}

/**
 * A radio group of plans: native radios, so arrow keys move the selection, Tab leaves the group and
 * disabled options are skipped. Each shows name, price per period and included minutes (and the
 * payment type when both types are listed); the current plan is disabled and marked "(current)";
 * plans that go through sales are marked "Contact sales".
 * Styling hooks: `data-slot="plan-picker" | "plan-option"`; on options `data-state="checked" |
 * "unchecked"`, `data-disabled`, `data-current`, `data-action="confirm" | "contact_sales"`.
 */
export function PlanPicker({ options, value, onValueChange, empty = null, legend, disabled = false }: PlanPickerProps) {
  const t = useT();
  const name = useId();
  // A free sub-account may pick either payment type: then each option says which it is.
  const mixed = new Set(options.map((o) => o.plan.paymentType)).size > 1;
  return (
    <fieldset className="plankit-section" data-slot="plan-picker" disabled={disabled}>
      <legend className="plankit-section-label">{legend ?? t('changePlan.newPlan')}</legend>
      {empty ? (
        <Notice variant="info" role="none">
          <p>{t(`change_plan.empty.${empty}`)}</p>
        </Notice>
      ) : (
        <div className="plankit-plan-picker">
          {options.map((option) => {
            const { plan } = option;
            const checked = value === plan.id;
            const id = `${name}-${plan.id}`;
            return (
              <label
                key={plan.id}
                htmlFor={id}
                className="plankit-option"
                data-slot="plan-option"
                data-state={checked ? 'checked' : 'unchecked'}
                data-disabled={option.disabled ? '' : undefined}
                data-current={option.current ? '' : undefined}
                data-action={option.action}
              >
                <input
                  id={id}
                  type="radio"
                  name={name}
                  value={plan.id}
                  checked={checked}
                  disabled={option.disabled}
                  onChange={() => onValueChange(plan.id)}
                  aria-labelledby={`${id}-name`}
                  aria-describedby={`${id}-price ${id}-meta`}
                />
                <span className="plankit-option-name" id={`${id}-name`}>
                  {plan.name}
                  {option.current ? (
                    <>
                      {' '}
                      <span className="plankit-muted">{t('plan.current')}</span>
                    </>
                  ) : null}
                </span>
                <span className="plankit-option-price" id={`${id}-price`}>
                  {planPriceLabel(t, plan)}
                </span>
                <span className="plankit-option-meta" id={`${id}-meta`}>
                  <span>{t('plan.badge.included_minutes', { minutes: plan.includedMinutes })}</span>
                  {mixed ? <Badge>{t(`plan.paymentType.${plan.paymentType}`)}</Badge> : null}
                  {option.action === 'contact_sales' ? <Badge variant="warning">{t('plan.contactSales')}</Badge> : null}
                </span>
              </label>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
