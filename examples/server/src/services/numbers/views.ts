// A number as the screens show it: what uses it and whom it is assigned to.
import type { PhoneNumber } from '@plankit/rules';
import type { Queryable } from '../../db/db';
import { assigneeNames, queryNumbers, usesOfNumbers } from '../../store/numbers';

export interface NumberView extends PhoneNumber {
  readonly attachments: {
    agents: { id: string; name: string }[];
    campaigns: { id: string; name: string }[];
    workflows: { id: string; name: string }[];
  };
  readonly assignee: { userName: string; subAccountName: string } | null;
}

/** The numbers with what uses them and their assignees: two statements whatever the count. */
export async function numberViews(q: Queryable, numbers: readonly PhoneNumber[]): Promise<NumberView[]> {
  const uses = await usesOfNumbers(
    q,
    numbers.map((n) => n.id),
  );
  const names = await assigneeNames(
    q,
    numbers.flatMap((n) => (n.assignedTo ? [n.assignedTo.userId] : [])),
  );
  return numbers.map((n) => {
    const attachments: NumberView['attachments'] = { agents: [], campaigns: [], workflows: [] };
    for (const use of uses) {
      if (use.phone_number_id === n.id) attachments[`${use.kind}s`].push({ id: use.id, name: use.name });
    }
    const assignee = n.assignedTo ? (names.get(n.assignedTo.userId) ?? null) : null;
    return { ...n, attachments, assignee };
  });
}

export async function viewOf(q: Queryable, n: PhoneNumber): Promise<NumberView> {
  const [view] = await numberViews(q, [n]);
  if (!view) throw new Error('number view missing');
  return view;
}

export async function poolNumbers(q: Queryable, agencyId: string) {
  return numberViews(q, await queryNumbers(q, 'agency_id = $1', [agencyId]));
}

export async function numbersOfSubAccount(q: Queryable, subAccountId: string) {
  return numberViews(q, await queryNumbers(q, 'assigned_sub_account_id = $1', [subAccountId]));
}
