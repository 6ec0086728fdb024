// Pages by who is signed in: the agency's, or the sub-account's client portal.
import { isPlankitHttpError } from '@plankit/sdk';
import { useMe } from '@plankit/sdk/react';
import { type ReactNode, useEffect } from 'react';
import { Layout } from './components/Layout';
import { AgencyNumbers } from './pages/AgencyNumbers';
import { ClientBilling } from './pages/ClientBilling';
import { ManageUsers } from './pages/ManageUsers';
import { MyBilling } from './pages/MyBilling';
import { MyNotifications } from './pages/MyNotifications';
import { MyNumbers } from './pages/MyNumbers';
import { navigate, usePathname } from './router';
import type { Me } from './types';

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function AgencyRoutes({ pathname }: { pathname: string }) {
  if (pathname === '/users') return <ManageUsers />;
  const client = /^\/users\/([^/]+)$/.exec(pathname);
  if (client?.[1]) return <ClientBilling key={client[1]} subAccountId={decodeURIComponent(client[1])} />;
  if (pathname === '/numbers') return <AgencyNumbers />;
  return <Redirect to="/users" />;
}

function SubAccountRoutes({ pathname, me }: { pathname: string; me: Me }) {
  const id = me.subAccount?.id;
  if (!id) return null;
  if (pathname === '/billing') return <MyBilling subAccountId={id} />;
  if (pathname === '/phone-numbers') return <MyNumbers subAccountId={id} />;
  if (pathname === '/notifications') return <MyNotifications />;
  return <Redirect to="/billing" />;
}

export function App() {
  const me = useMe();
  const pathname = usePathname();
  let page: ReactNode;
  if (me.data) {
    page =
      me.data.actor.kind === 'agency_member' ? (
        <AgencyRoutes pathname={pathname} />
      ) : (
        <SubAccountRoutes pathname={pathname} me={me.data} />
      );
  } else if (me.isError) {
    const blocked = isPlankitHttpError(me.error) && (me.error.status === 401 || me.error.status === 403);
    page = (
      <>
        <div className="page-header">
          <h1>Signed out</h1>
        </div>
        <div className="card empty" role="alert">
          <strong>{blocked ? 'This user cannot sign in.' : 'The server did not answer.'}</strong>
          <p className="muted">
            {blocked
              ? `${me.error.message} Pick another user in the header.`
              : 'Start it with npm start, then reload this page.'}
          </p>
        </div>
      </>
    );
  } else {
    page = (
      <div className="card empty" aria-busy="true">
        <span className="spinner" aria-hidden="true" /> Signing in…
      </div>
    );
  }
  return <Layout>{page}</Layout>;
}
