export * from './event-store.contract';
export { newEvents, eventually } from './contract-context';
export { cutDown } from './lean-event';
