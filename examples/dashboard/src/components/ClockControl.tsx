// Development only: the reference server's clock, and buttons that move it forward so renewals,
// period-end downgrades and releases happen while you watch.
import { useAdvanceClock, useClock } from '@plankit/sdk/react';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { formatDate, formatDateTime } from '../format';

const DAY = 86_400;

/** The period end of what the page shows, so "To period end" knows where to go. */
const PeriodEndContext = createContext<{ target: Date | null; setTarget: (d: Date | null) => void }>({
  target: null,
  setTarget: () => {},
});

export function PeriodEndProvider({ children }: { children: ReactNode }) {
  const [target, setTarget] = useState<Date | null>(null);
  return <PeriodEndContext.Provider value={{ target, setTarget }}>{children}</PeriodEndContext.Provider>;
}

export function usePeriodEndTarget(date: Date | null | undefined) {
  const { setTarget } = useContext(PeriodEndContext);
  const time = date?.getTime() ?? null;
  useEffect(() => {
    setTarget(time === null ? null : new Date(time));
    return () => setTarget(null);
  }, [time, setTarget]);
}

function addMonthUtc(date: Date): Date {
  const next = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
  const lastDay = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  next.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  next.setUTCHours(date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds());
  return next;
}

export function ClockControl() {
  const { target } = useContext(PeriodEndContext);
  const clock = useClock();
  const advance = useAdvanceClock();
  const now = clock.data?.now;
  const toTarget = now && target && target > now ? Math.ceil((target.getTime() - now.getTime()) / 1000) : null;
  const busy = advance.isPending || !now;

  return (
    <section className="clock" aria-label="Server clock (development)">
      <div className="clock-now">
        <span className="clock-label">Server clock</span>
        <time data-testid="server-clock" dateTime={now?.toISOString()} aria-live="polite">
          {now ? formatDateTime(now) : '…'}
        </time>
      </div>
      <div className="clock-actions">
        <button type="button" className="chip" disabled={busy} onClick={() => advance.mutate({ advanceSeconds: DAY })}>
          +1 day
        </button>
        <button
          type="button"
          className="chip"
          disabled={busy || toTarget === null}
          title={target ? `Move to ${formatDate(target)}` : 'Open a subscription to jump to its period end'}
          onClick={() => toTarget !== null && advance.mutate({ advanceSeconds: toTarget })}
        >
          To period end
        </button>
        <button
          type="button"
          className="chip"
          disabled={busy}
          onClick={() =>
            now && advance.mutate({ advanceSeconds: Math.round((addMonthUtc(now).getTime() - now.getTime()) / 1000) })
          }
        >
          +1 month
        </button>
      </div>
      {advance.isError ? (
        <p role="alert" className="clock-error">
          The clock did not move: {advance.error.message}
        </p>
      ) : null}
    </section>
  );
}
