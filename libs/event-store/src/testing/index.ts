export * from './event-store.contract';
export { newEvents, eventually } from './contract-context';
export { cutDown } from './lean-event';
export { TEST_EVENT_IDS } from './test-event-ids';
