export * from './errors';
export * from './events/catalog';
export * from './events/envelope';
export * from './headers';
export * from './pagination';
export * from './principal';
export * from './roles';
export * from './rpc/subjects';
