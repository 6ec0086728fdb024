// `@plankit/sdk/contract`: the wire schemas, the endpoint table and the mappers to rules types.

export * from './change-plan';
export * from './dev';
export * from './endpoints';
export * from './errors';
export * from './events';
export * from './invoices';
export * from './items';
export * from './map-change-plan';
export * from './map-core';
export * from './map-invoices';
export * from './map-me';
export * from './map-numbers';
export * from './map-sub-accounts';
export * from './me';
export * from './messages';
export * from './notifications';
export * from './numbers';
export * from './plans';
export * from './primitives';
export * from './sub-accounts';
export * from './subscriptions';
export * from './webhook-endpoints';
