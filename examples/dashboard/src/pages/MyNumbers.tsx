// Sub-account: Phone Numbers. Pay Now for pending numbers, active numbers, Release.
import type { PhoneNumberView } from '@plankit/sdk';
import { useSubAccountNumbers } from '@plankit/sdk/react';
import { formatPhoneNumber } from '@plankit/ui';
import { useState } from 'react';
import { usePeriodEndTarget } from '../components/ClockControl';
import { PayNow, ReleaseAction } from '../components/MyNumberActions';
import { QueryState } from '../components/QueryState';
import { NumberState } from '../components/StatusBadge';
import { formatDate, formatMoney } from '../format';

export function MyNumbers({ subAccountId }: { subAccountId: string }) {
  const numbers = useSubAccountNumbers(subAccountId);
  const [releasing, setReleasing] = useState<PhoneNumberView | null>(null);
  // Numbers paid for on this page: PayToActivate shows their Active badge, so the card does not.
  const [activatedHere, setActivatedHere] = useState<ReadonlySet<string>>(new Set());
  const markActivated = (id: string) => setActivatedHere((ids) => new Set(ids).add(id));
  const ends = numbers.data?.flatMap((n) => (n.periodEnd ? [n.periodEnd.getTime()] : [])) ?? [];
  usePeriodEndTarget(ends.length > 0 ? new Date(Math.min(...ends)) : null);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Phone Numbers</h1>
          <p className="page-lede">Numbers your agency assigned to you. Pay to activate a new one.</p>
        </div>
      </div>
      <QueryState query={numbers} label="your phone numbers">
        {(data) =>
          data.length === 0 ? (
            <div className="card empty">
              <strong>No phone numbers yet.</strong>
              <p className="muted">Ask your agency to assign one; it appears here with Pay Now.</p>
            </div>
          ) : (
            <ul className="number-cards">
              {data.map((n) => (
                <li key={n.id} className="card number-card" data-testid={`my-number-${n.id}`}>
                  <div className="card-head">
                    <div>
                      <h2 className="mono">{formatPhoneNumber(n.e164)}</h2>
                      <p className="muted small">
                        {n.capabilities.map((c) => (c === 'sms' ? 'SMS' : 'Voice')).join(' + ')}
                        {n.assignedTo ? ` · ${formatMoney(n.assignedTo.monthlyPrice)}/month` : ''}
                      </p>
                    </div>
                    {/* PayToActivate shows the state of a pending number, and of one just paid for, itself. */}
                    {n.state === 'pending_payment' || (n.state === 'active' && activatedHere.has(n.id)) ? null : (
                      <NumberState value={n.state} />
                    )}
                  </div>
                  {n.state === 'active' && n.periodEnd ? (
                    <p className="muted">Renews {formatDate(n.periodEnd)}</p>
                  ) : null}
                  {n.state === 'releasing' && n.periodEnd ? (
                    <p className="muted">Usable until {formatDate(n.periodEnd)}, then returned to your agency.</p>
                  ) : null}
                  {n.attachments.agents.length + n.attachments.campaigns.length + n.attachments.workflows.length > 0 ? (
                    <p className="small">
                      Used by{' '}
                      {[...n.attachments.agents, ...n.attachments.campaigns, ...n.attachments.workflows]
                        .map((a) => a.name)
                        .join(', ')}
                    </p>
                  ) : null}
                  <div className="card-actions">
                    <PayNow number={n} onActivated={markActivated} />
                    {n.state === 'active' ? (
                      <button type="button" className="btn" onClick={() => setReleasing(n)}>
                        Release
                      </button>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <ReleaseAction number={releasing} onDone={() => setReleasing(null)} />
    </>
  );
}
