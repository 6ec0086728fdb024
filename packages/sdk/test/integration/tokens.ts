// Seeded bearer tokens of the reference server.
export const TOKENS = {
  owner: 'tok_owner_northwind',
  member: 'tok_member_northwind',
  otherAgency: 'tok_owner_globex',
  harbor: 'tok_harbor_approved',
  harborPending: 'tok_harbor_pending',
  bluebird: 'tok_bluebird',
  zephyr: 'tok_zephyr',
} as const;
