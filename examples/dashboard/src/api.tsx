// The host's session: which seeded user is signed in, and a Plankit client that sends their token.
import { createPlankitClient, type PlankitClient } from '@plankit/sdk';
import { PlankitProvider } from '@plankit/sdk/react';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { navigate } from './router';

const TOKEN_KEY = 'plankit-example.token';
export const DEFAULT_TOKEN = 'tok_owner_northwind';

interface Session {
  readonly token: string;
  readonly client: PlankitClient;
  readonly switchUser: (token: string) => void;
}

const SessionContext = createContext<Session | null>(null);

function storedToken(): string {
  try {
    return window.localStorage.getItem(TOKEN_KEY) ?? DEFAULT_TOKEN;
  } catch {
    return DEFAULT_TOKEN;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [token, setToken] = useState(storedToken);
  const client = useMemo(
    () =>
      createPlankitClient({
        baseUrl: window.location.origin,
        getHeaders: () => ({ Authorization: `Bearer ${token}` }),
      }),
    [token],
  );
  const switchUser = useCallback(
    (next: string) => {
      window.localStorage.setItem(TOKEN_KEY, next);
      // Another user sees other data: drop everything cached for the previous one.
      queryClient.clear();
      setToken(next);
      navigate('/', { replace: true });
    },
    [queryClient],
  );
  const value = useMemo(() => ({ token, client, switchUser }), [token, client, switchUser]);
  return (
    <SessionContext.Provider value={value}>
      <PlankitProvider client={client}>{children}</PlankitProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export function useClient(): PlankitClient {
  return useSession().client;
}

/** After a Plankit action: refetch everything the host shows (the kit's own mutations already
 * invalidate exactly what they change; this also covers the host's own widgets). */
export function useRefreshAll() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries(), [queryClient]);
}
