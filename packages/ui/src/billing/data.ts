// React Query over the sdk's option factories, keys and mutation hooks: each action invalidates what
// the sdk's table says (the list, the document, the badge and the credit).
import type { InvoicePage, InvoiceView } from '@plankit/sdk';
import {
  agencyCreditOptions,
  invoiceOptions,
  plankitKeys,
  subAccountCreditOptions,
  useMarkInvoicePaid,
  usePayInvoice,
  usePlankitClient,
  useVoidInvoice,
} from '@plankit/sdk/react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { DocumentAction } from './actions';
import type { InvoiceHandlers } from './useInvoiceActions';

/** A sub-account's documents, newest first, one server page at a time. */
export function useInvoicePages(subAccountId: string, pageSize: number | undefined) {
  const client = usePlankitClient();
  return useInfiniteQuery({
    // Under the sdk's per-sub-account prefix, which every invoice action invalidates.
    queryKey: [...plankitKeys.invoicesOf(subAccountId), 'pages', pageSize ?? null],
    queryFn: ({ pageParam, signal }): Promise<InvoicePage> =>
      client.listInvoices(subAccountId, { cursor: pageParam, limit: pageSize }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    retry: false,
  });
}

export function useInvoiceQuery(invoiceId: string) {
  return useQuery(invoiceOptions(usePlankitClient(), invoiceId));
}

/** The sub-account's balance, or (no id) the agency's pool. */
export function useCreditQuery(subAccountId: string | undefined) {
  const client = usePlankitClient();
  const balance = useQuery({ ...subAccountCreditOptions(client, subAccountId ?? ''), enabled: !!subAccountId });
  const pool = useQuery({ ...agencyCreditOptions(client), enabled: !subAccountId });
  return subAccountId ? balance : pool;
}

export interface InvoiceMutationOptions {
  /**
   * Where Pay sends the payer when the provider has them finish on its page (Stripe's hosted
   * invoice). Default: the browser goes there (`window.location.assign`).
   */
  onRedirect?: ((url: string) => void) | undefined;
  /** Called with the document as the server returned it after an action. */
  onSuccess?: ((action: DocumentAction, invoice: InvoiceView) => void) | undefined;
}

/** Pay, Mark paid and Void through the sdk's mutations, each with its idempotency key. */
export function useInvoiceMutations({ onRedirect, onSuccess }: InvoiceMutationOptions): Required<InvoiceHandlers> {
  const pay = usePayInvoice();
  const markPaid = useMarkInvoicePaid();
  const voidIt = useVoidInvoice();
  return {
    onPay: async (invoice) => {
      const result = await pay.mutateAsync({ invoiceId: invoice.id });
      if (result.redirectUrl) (onRedirect ?? ((url) => window.location.assign(url)))(result.redirectUrl);
      onSuccess?.('pay', result.invoice);
    },
    onMarkPaid: async (invoice, reference) => {
      // Awaited before the optional call: `f?.(await x)` skips `x` when `f` is absent.
      const result = await markPaid.mutateAsync({ invoiceId: invoice.id, reference });
      onSuccess?.('mark_paid', result);
    },
    onVoid: async (invoice) => {
      const result = await voidIt.mutateAsync({ invoiceId: invoice.id });
      onSuccess?.('void', result);
    },
  };
}
