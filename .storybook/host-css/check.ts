// After each story's play function, re-reads its open state under ordinary host stylesheets and
// fails the story when a button or link in it drops below WCAG AA contrast (1.4.3, 4.5:1).
// The colours come from getComputedStyle: axe skips text it cannot place, such as a link styled
// as a button whose colour equals its background.
import bootstrapReboot from 'bootstrap/dist/css/bootstrap-reboot.css?raw';
import normalize from 'normalize.css/normalize.css?raw';
import tailwindPreflight from 'tailwindcss/preflight.css?raw';
import { type ContrastReading, readContrast, rgb } from './contrast';
import createVite from './create-vite-index.css?raw';
import hostile from './hostile.css?raw';

/** Each host sheet, as a host page loads it: after the kit's, so equal specificity goes to the host. */
export const hostSheets: Record<string, string> = {
  'create-vite index.css': createVite,
  // Tailwind 4 puts preflight in its base layer; the kit's unlayered rules outrank every layer.
  'tailwind 4 preflight': `@layer theme, base, components, utilities;\n@layer base {\n${tailwindPreflight}\n}`,
  'bootstrap 5 reboot': bootstrapReboot,
  'normalize.css': normalize,
  'global a, button and box-sizing rules': hostile,
};

const AA = 4.5;

function visible(element: HTMLElement): boolean {
  return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
}

function enabled(element: HTMLElement): boolean {
  return !element.matches(':disabled, [aria-disabled="true"]');
}

/** The story's open dialogs, or the story's own root when no dialog is open. */
function scopes(canvas: HTMLElement): HTMLElement[] {
  const dialogs = [...canvas.ownerDocument.querySelectorAll<HTMLElement>('[role="dialog"][data-state="open"]')];
  return dialogs.length > 0 ? dialogs : [canvas];
}

function controls(scope: HTMLElement): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>('button, a[href]')].filter((el) => visible(el) && enabled(el));
}

function describe(sheet: string, reading: ContrastReading): string {
  const { label, foreground, background, ratio } = reading;
  return `${sheet}: "${label}" ${rgb(foreground)} on ${rgb(background)} is ${ratio.toFixed(2)}:1`;
}

/** Low-contrast controls under each host sheet; an empty list when every one passes. */
export function hostCssFailures(canvas: HTMLElement): string[] {
  const doc = canvas.ownerDocument;
  // Transitions would make computed colours read mid-way between two sheets.
  const still = doc.createElement('style');
  still.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; }';
  doc.head.append(still);
  const host = doc.createElement('style');
  host.dataset.hostCss = '';
  doc.head.append(host);
  const failures: string[] = [];
  try {
    for (const [sheet, css] of Object.entries(hostSheets)) {
      host.textContent = css;
      for (const scope of scopes(canvas)) {
        for (const control of controls(scope)) {
          const reading = readContrast(control);
          if (reading.ratio < AA) failures.push(describe(sheet, reading));
        }
      }
    }
  } finally {
    host.remove();
    still.remove();
  }
  return failures;
}

/** A Storybook `afterEach`: throws with every low-contrast control it found. */
export async function checkHostCss({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const failures = hostCssFailures(canvasElement);
  if (failures.length > 0) {
    throw new Error(`Controls below AA contrast under host stylesheets:\n${failures.join('\n')}`);
  }
}
