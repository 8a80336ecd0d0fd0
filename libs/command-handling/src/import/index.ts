export * from './dataset-import.error';
export * from './dataset-line.parser';
export * from './dataset.importer';
