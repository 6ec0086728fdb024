// `@plankit/sdk/contract`: the wire schemas, the endpoint table; each schema's `decode` yields the model and `encode` the wire body.

export * from './change-plan';
export * from './codec';
export * from './dev';
export * from './endpoints';
export * from './errors';
export * from './events';
export * from './invoices';
export * from './items';
export * from './me';
export * from './messages';
export * from './notifications';
export * from './numbers';
export * from './plans';
export * from './primitives';
export * from './sub-accounts';
export * from './subscriptions';
export * from './webhook-endpoints';
