/** Test helpers of the domain, shared with the other libraries' specs; never imported by production code. */
export * from './decider-specification';
export * from './negotiation.fixtures';
export * from './steps.fixtures';
