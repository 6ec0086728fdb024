// Focus containment for a dialog inside a shadow root. Radix's focus trap reads
// `document.activeElement`, which is the shadow host there, so it cannot see where focus is and
// Tab leaves the modal. Inside a shadow root the dialog moves focus itself on every Tab.

const candidates = 'a[href], button, input, select, textarea, [tabindex]';

/** The shadow root `node` lives in, or null in the document (or on the server). */
export function shadowRootOf(node: Node | null | undefined): ShadowRoot | null {
  if (!node || typeof ShadowRoot === 'undefined') return null;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root : null;
}

function focusable(element: HTMLElement): boolean {
  if (element.matches(':disabled') || element.tabIndex < 0) return false;
  if (element.closest('[hidden], [inert]')) return false;
  return element.getClientRects().length > 0;
}

const isRadio = (element: HTMLElement): element is HTMLInputElement =>
  element instanceof HTMLInputElement && element.type === 'radio' && element.name !== '';

/** Tab order inside `panel`, by document position (the kit sets no positive tabindex). */
export function tabbables(panel: HTMLElement): HTMLElement[] {
  const items = [...panel.querySelectorAll<HTMLElement>(candidates)].filter(focusable);
  // Tab reaches a radio group once: its checked radio, or its first when none is.
  return items.filter((element) => {
    if (!isRadio(element)) return true;
    const peers = items.filter((other) => isRadio(other) && other.name === element.name) as HTMLInputElement[];
    const checked = peers.find((radio) => radio.checked);
    return checked ? checked === element : peers[0] === element;
  });
}

/** Moves focus to the next (Shift: previous) tabbable in `panel`, wrapping at either end. */
export function trapTab(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'preventDefault'>, panel: HTMLElement): void {
  const root = shadowRootOf(panel);
  if (event.key !== 'Tab' || root === null) return;
  event.preventDefault();
  const items = tabbables(panel);
  if (items.length === 0) return;
  const at = items.indexOf(root.activeElement as HTMLElement);
  const last = items.length - 1;
  const next = event.shiftKey ? (at <= 0 ? last : at - 1) : at === -1 || at === last ? 0 : at + 1;
  items[next]?.focus();
}
