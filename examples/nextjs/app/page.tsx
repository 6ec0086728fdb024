import { createPlankitClient } from '@plankit/sdk';
import { changePlanContextOptions, subAccountsOptions } from '@plankit/sdk/queries';
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { plankitConfig } from './config';
import { PlanCell } from './PlanCell';

// Per request: the data is the signed-in user's.
export const dynamic = 'force-dynamic';

/**
 * Manage Users, rendered on the server: the sub-accounts and each one's change-plan context are
 * fetched here through the sdk's option factories, so the HTML already has every Change plan
 * trigger and the browser hydrates from the same cache entries without fetching them again.
 */
export default async function ManageUsers() {
  const config = plankitConfig();
  const client = createPlankitClient({
    baseUrl: config.apiUrl,
    getHeaders: () => ({ Authorization: `Bearer ${config.token}` }),
  });
  const queryClient = new QueryClient();
  const { items: rows } = await queryClient.fetchQuery(subAccountsOptions(client));
  await Promise.all(rows.map((row) => queryClient.prefetchQuery(changePlanContextOptions(client, row.subAccount.id))));

  return (
    <main>
      <h1>Manage Users</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <table>
          <thead>
            <tr>
              <th scope="col">Sub-account</th>
              <th scope="col">Plan</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.subAccount.id}>
                <td>{row.subAccount.name}</td>
                <td>{row.currentPlan?.name ?? 'Free'}</td>
                <td>
                  <PlanCell subAccountId={row.subAccount.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </HydrationBoundary>
    </main>
  );
}
