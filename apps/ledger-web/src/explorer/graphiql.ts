import 'graphiql/graphiql.css';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { FetcherParams } from '@graphiql/toolkit';

/** The workspace's token, when this tab signed in there (sessionStorage is per tab and per origin). */
const TOKEN_KEY = 'ledger.token';

/**
 * Queries go to this service's /graphql only, with the tab's token unless the headers editor gives another
 * Authorization; nothing else is fetched and nothing is reported anywhere.
 */
async function fetcher(params: FetcherParams, options?: { headers?: Record<string, unknown> }) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(options?.headers as Record<string, string> | undefined),
    },
    body: JSON.stringify(params),
  });
  return response.json();
}

/** CodeMirror's input areas carry no label: each is named after the editor it belongs to, for screen readers. */
const EDITOR_NAMES: ReadonlyArray<readonly [selector: string, name: string]> = [
  ['.graphiql-query-editor', 'GraphQL query'],
  ['.graphiql-editor-tool', 'Variables and headers'],
  ['.result-window', 'Response'],
];
new MutationObserver(() => {
  for (const [selector, name] of EDITOR_NAMES) {
    for (const input of document.querySelectorAll(`${selector} textarea:not([aria-label])`)) {
      input.setAttribute('aria-label', name);
    }
  }
}).observe(document.body, { childList: true, subtree: true });

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, {
    fetcher,
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
    defaultQuery: '{\n  negotiations(first: 5) {\n    totalCount\n    edges { node { id title } }\n  }\n}\n',
  }),
);
