export * from './source-documents';
export * from './locate-sources';
export * from './document-folder';
