/** Who reads a subscription card: the agency (marks offline requests paid) or the client (pays). */
export type BillingViewer = 'agency' | 'client';
