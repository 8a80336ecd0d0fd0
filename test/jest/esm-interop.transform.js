/**
 * Mercurius loads its query cache with `import('quick-lru')`, an ES module; jest's CommonJS runtime can run
 * neither the dynamic import nor the module. Both are rewritten to CommonJS for the tests (Node runs them as they are).
 */
const { transform } = require('sucrase');

module.exports = {
  process(source, filePath) {
    return { code: transform(source, { transforms: ['imports'], filePath }).code };
  },
};
