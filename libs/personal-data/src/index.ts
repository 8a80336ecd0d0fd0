export * from './personal-data-marks';
export * from './personal-data-reveal';
export * from './sealed-value';
export * from './sqlite-subject-key-vault';
export * from './subject-erasure';
export * from './subject-key-vault.port';
export * from './subject-key-file';
