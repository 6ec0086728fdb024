// Sub-account: Notifications. What the server delivered to this user (pending numbers, unassigned
// and released numbers, payments past due), in English or German.
import type { NotificationLocale } from '@plankit/sdk';
import { useMyNotifications } from '@plankit/sdk/react';
import { useState } from 'react';
import { QueryState } from '../components/QueryState';
import { formatDateTime } from '../format';

export function MyNotifications() {
  const [locale, setLocale] = useState<NotificationLocale>('en');
  const notifications = useMyNotifications(locale);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Notifications</h1>
          <p className="page-lede">Messages about your numbers and payments, newest first.</p>
        </div>
        <label className="switcher">
          <span className="switcher-label">Language</span>
          <select value={locale} onChange={(event) => setLocale(event.target.value as NotificationLocale)}>
            <option value="en">English</option>
            <option value="de">Deutsch</option>
          </select>
        </label>
      </div>
      <QueryState query={notifications} label="your notifications">
        {(items) =>
          items.length === 0 ? (
            <div className="card empty">
              <strong>No notifications yet.</strong>
              <p className="muted">When your agency assigns or takes back a number, it is listed here.</p>
            </div>
          ) : (
            <ul className="number-cards" aria-label="Notifications">
              {items.map((n) => (
                <li key={n.id} className="card" data-testid={`notification-${n.kind}`}>
                  <h2>{n.title}</h2>
                  <p>{n.body}</p>
                  <p className="muted small">
                    {formatDateTime(n.createdAt)}
                    {n.emailed ? ' · emailed' : ''}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </>
  );
}
