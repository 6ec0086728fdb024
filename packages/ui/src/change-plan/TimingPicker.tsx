import type { ChangeTiming } from '@plankit/rules';
import { useId } from 'react';
import { useT } from '../i18n/useT';

export interface TimingPickerProps {
  /** The timing asked for; undefined selects neither until the user picks. */
  value: ChangeTiming | undefined;
  onValueChange: (timing: ChangeTiming) => void;
  disabled?: boolean | undefined;
}

/**
 * "Now" or "At the next renewal", for hosts whose policy lets the user pick.
 * Styling hooks: `data-slot="timing-picker" | "plan-option"`, `data-state` on options.
 */
export function TimingPicker({ value, onValueChange, disabled = false }: TimingPickerProps) {
  const t = useT();
  const name = useId();
  const choices: [ChangeTiming, string][] = [
    ['now', t('changePlan.when.now')],
    ['period_end', t('changePlan.when.periodEnd')],
  ];
  return (
    <fieldset className="plankit-section" data-slot="timing-picker" disabled={disabled}>
      <legend className="plankit-section-label">{t('changePlan.when')}</legend>
      <div className="plankit-plan-picker plankit-timing">
        {choices.map(([timing, label]) => (
          <label
            key={timing}
            className="plankit-option"
            data-slot="timing-option"
            data-state={value === timing ? 'checked' : 'unchecked'}
          >
            <input
              type="radio"
              name={name}
              value={timing}
              checked={value === timing}
              onChange={() => onValueChange(timing)}
            />
            <span className="plankit-option-name">{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
