import { useEffect, useState } from 'preact/hooks';
import { ApiFailure, graphql } from './api';

export type Loaded<T> = Readonly<{ data: T | null; error: ApiFailure | null; loading: boolean }>;

/** Runs a query whenever its variables change; the newest answer wins. */
export function useQuery<T>(query: string, variables: Record<string, unknown>, skip = false): Loaded<T> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: !skip });
  useEffect(() => {
    if (skip) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    graphql<T>(query, variables).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) =>
        current &&
        setState({
          data: null,
          error:
            error instanceof ApiFailure
              ? error
              : new ApiFailure([{ message: String(error), code: 'ERROR', field: null }]),
          loading: false,
        }),
    );
    return () => {
      current = false;
    };
  }, [query, key, skip]);
  return state;
}

/** One source of an entry, as the API gives it. */
export type Source = Readonly<{
  quote: string;
  page: number | null;
  paragraph: string | null;
  document: { title: string; issuer: string; date: string; kenmerk: string | null; stored?: boolean };
}>;

export type FinancialTerm = Readonly<{ asSaid: string; amountCents: string; fromYear: number; toYear: number | null }>;

export type LedgerEvent = Readonly<{
  id: string;
  eventId: string;
  negotiationId: string;
  revision: number;
  globalPosition: string;
  withheld: boolean;
  type: string | null;
  occurredOn: string | null;
  recordedAt: string | null;
  recordedBy: string | null;
  data: Record<string, unknown> | null;
  sources: readonly Source[] | null;
  classification: { level: string; party: string | null };
  prevHash: string;
  hash: string;
}>;

export const EVENT_FIELDS = `id eventId negotiationId revision globalPosition withheld type occurredOn recordedAt recordedBy data
  sources { quote page paragraph document { title issuer date kenmerk stored } } classification { level party } prevHash hash`;

export type Party = Readonly<{ partyId: string; name: string; kind: string }>;

export const SOURCE_FIELDS = 'sources { quote page paragraph document { title issuer date kenmerk } }';
export const TERM_FIELDS = 'financialTerms { asSaid amountCents fromYear toYear }';
