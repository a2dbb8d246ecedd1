export * from './ids';
export * from './keycloak';
export * from './mail-sink';
export * from './ports';
export * from './runtime';
export * from './service-process';
export * from './wait';
export * from './components';
