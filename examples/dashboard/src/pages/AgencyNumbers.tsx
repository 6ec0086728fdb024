// Agency: Phone Numbers. The pool with state, assignee and agent; Buy Number; Assign and Unassign.
import type { PhoneNumberView } from '@plankit/sdk';
import { useNumberPool } from '@plankit/sdk/react';
import { formatPhoneNumber } from '@plankit/ui';
import { useState } from 'react';
import { BuyNumberDialog } from '../components/BuyNumberDialog';
import { Menu, type MenuItem } from '../components/Menu';
import { type NumberAction, NumberActions } from '../components/NumberActions';
import { QueryState } from '../components/QueryState';
import { NumberState } from '../components/StatusBadge';
import { formatDate, formatMoney } from '../format';

export function AgencyNumbers() {
  const numbers = useNumberPool();
  const [action, setAction] = useState<NumberAction | null>(null);
  const start = (next: NumberAction) => setAction(next);

  const itemsFor = (n: PhoneNumberView): MenuItem[] => {
    const items: MenuItem[] = [];
    if (n.state === 'unassigned') items.push({ label: 'Assign', onSelect: () => start({ kind: 'assign', number: n }) });
    if (n.assignedTo)
      items.push({ label: 'Unassign', danger: true, onSelect: () => start({ kind: 'unassign', number: n }) });
    return items;
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Phone Numbers</h1>
          <p className="page-lede">
            Numbers in your agency pool. Assign them to clients; they pay monthly to activate.
          </p>
        </div>
        <BuyNumberDialog />
      </div>
      <QueryState query={numbers} label="phone numbers">
        {(data) =>
          data.length === 0 ? (
            <div className="card empty">
              <strong>Your pool is empty.</strong>
              <p className="muted">Buy a number to assign it to a client.</p>
            </div>
          ) : (
            <div className="card table-card">
              <table className="table">
                <caption className="sr-only">Agency phone numbers</caption>
                <thead>
                  <tr>
                    <th scope="col">Number</th>
                    <th scope="col">Status</th>
                    <th scope="col">Assigned to</th>
                    <th scope="col">Agent</th>
                    <th scope="col" className="num">
                      Monthly
                    </th>
                    <th scope="col" className="actions-cell">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.map((n) => (
                    <tr key={n.id} data-testid={`number-${n.id}`}>
                      <td>
                        <div className="row-title mono">{formatPhoneNumber(n.e164)}</div>
                        <div className="muted small">
                          {n.country} · {n.capabilities.map((c) => (c === 'sms' ? 'SMS' : 'Voice')).join(' + ')}
                        </div>
                      </td>
                      <td>
                        <NumberState value={n.state} />
                        {n.state === 'releasing' && n.periodEnd ? (
                          <div className="muted small">Returns {formatDate(n.periodEnd)}</div>
                        ) : null}
                      </td>
                      <td>
                        {n.assignee ? (
                          <>
                            <div>{n.assignee.subAccountName}</div>
                            <div className="muted small">{n.assignee.userName}</div>
                          </>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                      <td>
                        {n.attachments.agents.length > 0 ? (
                          n.attachments.agents.map((a) => a.name).join(', ')
                        ) : n.agentId ? (
                          <span>Linked to an agency agent</span>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                      <td className="num">
                        {n.assignedTo ? formatMoney(n.assignedTo.monthlyPrice) : formatMoney(n.telcoCost)}
                        <div className="muted small">{n.assignedTo ? 'billed to client' : 'telco cost'}</div>
                      </td>
                      <td className="actions-cell">
                        <Menu label={`Actions for ${n.e164}`} items={itemsFor(n)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
      <NumberActions action={action} onDone={() => setAction(null)} />
    </>
  );
}
