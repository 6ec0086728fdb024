// Small parts the number components share: the number's line, its state badge, what uses it.
import type { NumberState } from '@plankit/rules';
import type { PhoneNumberView } from '@plankit/sdk';
import { type ReactNode, useId } from 'react';
import { Badge, type BadgeVariant } from '../components/Badge';
import { useT } from '../i18n/useT';

/** "+1 415 555 0123" for North American numbers; other E.164 numbers as they are. */
export function formatPhoneNumber(e164: string): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return nanp ? `+1 ${nanp[1]} ${nanp[2]} ${nanp[3]}` : e164;
}

const STATE_VARIANT: Readonly<Record<NumberState, BadgeVariant>> = {
  unassigned: 'neutral',
  pending_payment: 'warning',
  active: 'success',
  releasing: 'accent',
};

/** The number's state: Unassigned, Pending Payment, Active or Releasing. Styling hook: `data-slot="number-state"`, `data-state`. */
export function NumberStateBadge({ state }: { state: NumberState }) {
  const t = useT();
  return (
    <Badge variant={STATE_VARIANT[state]} data-slot="number-state" data-state={state}>
      {t(`number.state.${state}`)}
    </Badge>
  );
}

export interface NumberSummaryProps {
  number: PhoneNumberView;
  /** Shown at the end of the line, e.g. the state badge. */
  aside?: ReactNode | undefined;
}

/** The number, its country and capabilities. Styling hook: `data-slot="number-summary"`. */
export function NumberSummary({ number, aside }: NumberSummaryProps) {
  const t = useT();
  return (
    <div className="plankit-number" data-slot="number-summary">
      <span className="plankit-number-e164" data-slot="number-e164">
        {formatPhoneNumber(number.e164)}
      </span>
      <span className="plankit-number-meta">
        <span className="plankit-muted">{number.country}</span>
        {number.capabilities.map((capability) => (
          <Badge key={capability} data-slot="number-capability">
            {t(`number.capability.${capability}`)}
          </Badge>
        ))}
        {aside}
      </span>
    </div>
  );
}

/** Agents, campaigns and workflows using the number: what stops working when it goes. */
export function NumberAttachments({ number, heading }: { number: PhoneNumberView; heading: ReactNode }) {
  const t = useT();
  const headingId = useId();
  const groups = (['agents', 'campaigns', 'workflows'] as const).filter((k) => number.attachments[k].length > 0);
  return (
    <section className="plankit-section" data-slot="number-attachments" aria-labelledby={headingId}>
      <h3 className="plankit-section-label" id={headingId}>
        {heading}
      </h3>
      {groups.length === 0 ? (
        <p className="plankit-muted plankit-flush">{t('number.use.none')}</p>
      ) : (
        <dl className="plankit-uses">
          {groups.map((kind) => (
            <div key={kind} className="plankit-uses-group" data-kind={kind}>
              <dt style={{ gridRow: `span ${number.attachments[kind].length}` }}>{t(`number.use.${kind}`)}</dt>
              {number.attachments[kind].map((item) => (
                <dd key={item.id}>{item.name}</dd>
              ))}
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
