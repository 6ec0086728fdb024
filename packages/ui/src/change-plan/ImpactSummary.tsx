import type { PlanChangePreview, Refusal } from '@plankit/rules';
import { MoneyText } from '../components/MoneyText';
import { Notice } from '../components/Notice';
import { useT } from '../i18n/useT';

export interface ImpactSummaryProps {
  /** The quote to explain. */
  preview: PlanChangePreview;
  /** Refusals to show with their fixes. Default: the preview's own blockers. */
  blockers?: readonly Pick<Refusal, 'reason' | 'params'>[] | undefined;
}

/**
 * The billing impact of a quote: amount due now with its proration lines, credit, minutes granted,
 * when it takes effect, the next renewal, the rules' summary, over-limit resources, and each blocker
 * with its fix. Styling hooks: `data-slot="impact"`, `data-kind` (impact kind), `data-timing`
 * (`now` | `period_end`); inside, `data-slot="due-now" | "credit" | "minutes" | "effective" |
 * "renewal" | "proration-lines" | "summary" | "over-limit" | "blockers"`.
 */
export function ImpactSummary({ preview, blockers = preview.blockers }: ImpactSummaryProps) {
  const t = useT();
  const headingId = `plankit-impact-${preview.targetPlanId}`;
  return (
    <section
      className="plankit-impact"
      data-slot="impact"
      data-kind={preview.kind}
      data-timing={preview.timing}
      aria-labelledby={headingId}
    >
      <h3 className="plankit-impact-heading" id={headingId}>
        {t('impact.heading')}
      </h3>
      <dl className="plankit-facts">
        <dt>{t('impact.dueNow')}</dt>
        <dd data-slot="due-now">
          <MoneyText value={preview.amountDueNow} />
        </dd>
        {preview.creditAmount.amount > 0 ? (
          <>
            <dt>{t('impact.credit')}</dt>
            <dd data-slot="credit">
              <MoneyText value={preview.creditAmount} />
            </dd>
          </>
        ) : null}
        {preview.minutesGrantedNow > 0 ? (
          <>
            <dt>{t('impact.minutesGranted')}</dt>
            <dd data-slot="minutes">{t.number(preview.minutesGrantedNow)}</dd>
          </>
        ) : null}
        <dt>{t('impact.effective')}</dt>
        <dd data-slot="effective">
          {preview.timing === 'now' ? t('impact.effectiveNow') : t.date(preview.effectiveAt)}
        </dd>
        {preview.newPeriod ? (
          <>
            <dt>{t('impact.newRenewal')}</dt>
            <dd data-slot="renewal">{t.date(preview.newPeriod.end)}</dd>
          </>
        ) : null}
      </dl>
      {preview.prorationLines.length > 0 ? (
        <ul className="plankit-lines" data-slot="proration-lines" aria-label={t('impact.prorationHeading')}>
          {preview.prorationLines.map((line) => (
            <li key={`${line.description.key}-${line.amount.amount}`}>
              <span>{t.ref(line.description)}</span>
              <MoneyText value={line.amount} />
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="plankit-summary" data-slot="summary">
        {/* Over-limit lines are shown once, in their own notice (or as blockers) below. */}
        {preview.summary
          .filter((ref) => ref.key !== 'change_plan.summary.over_limit')
          .map((ref) => (
            <li key={`${ref.key}-${JSON.stringify(ref.values ?? {})}`}>{t.ref(ref)}</li>
          ))}
      </ul>
      {preview.overLimit.length > 0 && !blockers.some((b) => b.reason === 'over_limit') ? (
        <div data-slot="over-limit">
          <Notice variant="warning" role="none" title={t('impact.overLimitHeading')}>
            <ul>
              {preview.overLimit.map((o) => (
                <li key={o.resource}>
                  {t('impact.overLimitRow', { resource: o.resource, usage: o.usage, cap: o.cap })}
                </li>
              ))}
            </ul>
            <p>{t('impact.overLimitWarn')}</p>
          </Notice>
        </div>
      ) : null}
      {blockers.length > 0 ? <Blockers blockers={blockers} /> : null}
    </section>
  );
}

export interface BlockersProps {
  blockers: readonly Pick<Refusal, 'reason' | 'params'>[];
}

/** Each refusal's message, which says how to fix it. Styling hook: `data-slot="blockers"`. */
export function Blockers({ blockers }: BlockersProps) {
  const t = useT();
  return (
    <div data-slot="blockers">
      <Notice variant="error" role="none" title={t('impact.blockedHeading')}>
        <ul>
          {blockers.map((b) => (
            <li key={`${b.reason}-${JSON.stringify(b.params ?? {})}`} data-reason={b.reason}>
              {t.reason(b)}
            </li>
          ))}
        </ul>
      </Notice>
    </div>
  );
}
