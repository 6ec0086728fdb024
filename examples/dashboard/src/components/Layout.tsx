// The host's chrome: a sidebar with the pages of the signed-in user, a header with the user
// switcher, the theme toggle and the development clock.

import { useDevUsers, useMe } from '@plankit/sdk/react';
import type { ReactNode } from 'react';
import { useSession } from '../api';
import { Link, usePathname } from '../router';
import { ClockControl } from './ClockControl';
import { ThemeToggle } from './ThemeToggle';

interface NavItem {
  readonly href: string;
  readonly label: string;
  readonly icon: ReactNode;
}

const icon = (d: string) => (
  <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d={d} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);
const usersIcon = icon(
  'M16 19v-1a4 4 0 00-4-4H7a4 4 0 00-4 4v1M9.5 10a3.5 3.5 0 100-7 3.5 3.5 0 000 7M21 19v-1a4 4 0 00-3-3.9M15 3.1a3.5 3.5 0 010 6.8',
);
const phoneIcon = icon('M5 4h4l2 5-2.5 1.5a11 11 0 005 5L15 13l5 2v4a2 2 0 01-2 2A16 16 0 013 6a2 2 0 012-2');
const bellIcon = icon('M6 8a6 6 0 0112 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.9 1.9 0 003.4 0');
const cardIcon = icon('M3 7a2 2 0 012-2h14a2 2 0 012 2v10a2 2 0 01-2 2H5a2 2 0 01-2-2zM3 10h18M7 15h3');

const agencyNav: NavItem[] = [
  { href: '/users', label: 'Manage Users', icon: usersIcon },
  { href: '/numbers', label: 'Phone Numbers', icon: phoneIcon },
];
const subAccountNav: NavItem[] = [
  { href: '/billing', label: 'Billing', icon: cardIcon },
  { href: '/phone-numbers', label: 'Phone Numbers', icon: phoneIcon },
  { href: '/notifications', label: 'Notifications', icon: bellIcon },
];

function UserSwitcher() {
  const { token, switchUser } = useSession();
  const users = useDevUsers();
  return (
    <label className="switcher">
      <span className="switcher-label">Signed in as</span>
      <select value={token} onChange={(event) => switchUser(event.target.value)} disabled={!users.data}>
        {users.data?.map((user) => (
          <option key={user.token} value={user.token}>
            {user.name} · {user.description}
          </option>
        )) ?? <option value={token}>Loading users…</option>}
      </select>
    </label>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const me = useMe();
  const pathname = usePathname();
  const isAgency = me.data?.actor.kind === 'agency_member';
  const nav = me.data ? (isAgency ? agencyNav : subAccountNav) : [];
  const workspace = me.data ? (isAgency ? me.data.agency.name : (me.data.subAccount?.name ?? '')) : '';

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar" aria-label="Sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            N
          </span>
          <span className="brand-text">
            <strong>{workspace || 'Northwind'}</strong>
            <small>{me.data ? (isAgency ? 'Agency dashboard' : 'Client portal') : '\u00a0'}</small>
          </span>
        </div>
        <nav aria-label="Main">
          <ul className="nav">
            {nav.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="nav-link"
                  aria-current={pathname === item.href || pathname.startsWith(`${item.href}/`) ? 'page' : undefined}
                >
                  {item.icon}
                  <span>{item.label}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="sidebar-foot">
          Plankit example host · <a href="/openapi.json">OpenAPI</a>
        </p>
      </aside>
      <div className="main-column">
        <header className="topbar">
          <UserSwitcher />
          <div className="topbar-end">
            <ClockControl />
            <ThemeToggle />
          </div>
        </header>
        <main id="main" className="content" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
