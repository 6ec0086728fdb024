import { isPlankitHttpError } from '@plankit/sdk';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/** Loading and error states of a host page's query. */
export function QueryState<T>({
  query,
  label,
  children,
}: {
  query: UseQueryResult<T>;
  label: string;
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) {
    const error = query.error;
    return (
      <div className="card empty" role="alert">
        <strong>Could not load {label}.</strong>
        <p className="muted">{isPlankitHttpError(error) ? error.message : 'Check that the server is running.'}</p>
        <button type="button" className="btn" onClick={() => void query.refetch()}>
          Retry
        </button>
      </div>
    );
  }
  return (
    <div className="card empty" aria-busy="true">
      <span className="spinner" aria-hidden="true" /> Loading {label}…
    </div>
  );
}
