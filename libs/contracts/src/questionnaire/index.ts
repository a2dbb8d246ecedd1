export * from './questionnaire.schemas';
export * from './visibility';
export * from './validation';
export * from './describe';
