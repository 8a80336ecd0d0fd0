import { useEffect, useState } from 'preact/hooks';

/** Where the page is: the hash route split into path segments and query parameters (`#/dossier/x/stand?asOf=…`). */
export type Route = Readonly<{ segments: readonly string[]; params: URLSearchParams }>;

function parse(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?', 2);
  return { segments: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query) };
}

/** A link target for a route: `href('dossier', id, 'stand')`, with optional parameters. */
export function href(...parts: (string | Record<string, string | undefined>)[]): string {
  const params = parts.find((part): part is Record<string, string | undefined> => typeof part === 'object');
  const path = parts
    .filter((part): part is string => typeof part === 'string')
    .map(encodeURIComponent)
    .join('/');
  const query = params
    ? new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => !!entry[1])).toString()
    : '';
  return `#/${path}${query ? `?${query}` : ''}`;
}

export function navigate(target: string, replace = false): void {
  if (replace) {
    history.replaceState(null, '', target);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = target;
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parse(location.hash));
  useEffect(() => {
    const update = () => setRoute(parse(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
