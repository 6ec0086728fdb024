// The page the AssignNumberDialog benchmark loads: the dialog over the in-memory backend with
// 10,000 eligible users, and hooks the script calls to time opening and typing.
import { PlankitProvider } from '@plankit/sdk/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { AssignNumberDialog } from '../src/numbers/LazyAssignNumberDialog';
import { plankitStyles } from '../src/styles';
import { FakeNumbers, manyCandidates, numbersClient, numbersScenario } from '../src/testing/fake-numbers';

const params = new URLSearchParams(location.search);
const users = Number(params.get('users') ?? 10_000);
const debounceMs = Number(params.get('debounce') ?? 0);
const latencyMs = Number(params.get('latency') ?? 0);
// cold: the dialog's body loads on the click; loaded: it loaded with the page. (A hover before the
// click is the script's to make.)
const mode = params.get('mode') ?? 'loaded';
if (mode === 'loaded') await AssignNumberDialog.preload();

const fake = new FakeNumbers(numbersScenario({ candidates: manyCandidates(users) }), { latencyMs });
// The in-page fake does a server's work (eligibility and price of every candidate) on the page's one
// thread; warm, it has done it once before the open, as a server has by then (the load script times
// the real one). Its per-search filtering still runs in the page, so the figures stay conservative.
if (params.get('warm') !== '0') await fake.listEligibleUsers('num_1', { limit: 1 });
const style = document.createElement('style');
style.textContent = plankitStyles;
document.head.append(style);
const host = document.createElement('div');
document.body.append(host);
createRoot(host).render(
  <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
    <PlankitProvider client={numbersClient(fake)}>
      <AssignNumberDialog number={fake.number('num_1')} debounceMs={debounceMs} />
    </PlankitProvider>
  </QueryClientProvider>,
);

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/** Resolves at the first painted frame where `done()` holds. */
async function until(done: () => boolean): Promise<number> {
  for (;;) {
    const at = await frame();
    if (done()) return at;
  }
}

const listbox = () => document.querySelector<HTMLElement>('[role="listbox"]');
const input = () => document.querySelector<HTMLInputElement>('[role="combobox"]');
const lastSearch = () => fake.calls.filter((c) => c.operation === 'eligibleUsers').at(-1)?.args[1] as { q?: string };

declare global {
  interface Window {
    bench: {
      ready: boolean;
      open(): Promise<number>;
      /** Resolves once the dialog's body has loaded (after a hover, or at once when it has). */
      bodyLoaded(): Promise<void>;
      /** Per keystroke: key down to the input painted. */
      inputMs: number[];
      /** Per keystroke: key down to the list painted with the server's answer for the new text. */
      filterMs: number[];
    };
  }
}

const inputMs: number[] = [];
const filterMs: number[] = [];
let keyDownAt = 0;
document.addEventListener(
  'keydown',
  () => {
    keyDownAt = performance.now();
  },
  true,
);
document.addEventListener('input', (event) => {
  const start = keyDownAt;
  const query = (event.target as HTMLInputElement).value.trim();
  requestAnimationFrame(() => inputMs.push(performance.now() - start));
  void until(() => (lastSearch()?.q ?? '') === query && listbox()?.getAttribute('data-state') === 'idle').then((end) =>
    filterMs.push(end - start),
  );
});

window.bench = {
  ready: true,
  /** Click the trigger; ms until the first page of users is painted and the search box has focus. */
  async open() {
    const start = performance.now();
    document.querySelector<HTMLButtonElement>('button')?.click();
    const end = await until(
      () => (listbox()?.querySelectorAll('[role="option"]').length ?? 0) > 0 && document.activeElement === input(),
    );
    return end - start;
  },
  bodyLoaded: () => AssignNumberDialog.preload(),
  inputMs,
  filterMs,
};
