// Agency: notifications to the agency's users that could not be delivered, with the last error and
// when the next attempt runs (the server retries with backoff, then gives up).
import { useFailedDeliveries } from '@plankit/sdk/react';
import { Badge } from '@plankit/ui';
import { formatDateTime } from '../format';

export function FailedDeliveries() {
  const failed = useFailedDeliveries();
  const items = failed.data ?? [];
  if (items.length === 0) return null;
  return (
    <section className="failed-deliveries" aria-labelledby="failed-deliveries-title">
      <h2 id="failed-deliveries-title">Notifications not delivered</h2>
      <div className="card table-card">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Recipient</th>
              <th scope="col">Notification</th>
              <th scope="col" className="num">
                Attempts
              </th>
              <th scope="col">Last error</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id} data-testid={`failed-${d.id}`}>
                <td>
                  <div>{d.recipient.name}</div>
                  <div className="muted small">{d.recipient.email}</div>
                </td>
                <td>{d.kind.replaceAll('_', ' ')}</td>
                <td className="num">{d.attempts}</td>
                <td className="small">{d.lastError}</td>
                <td>
                  {d.status === 'failed' || d.nextAttemptAt === null ? (
                    <Badge variant="danger">Given up</Badge>
                  ) : (
                    <span className="small">Retrying {formatDateTime(d.nextAttemptAt)}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
