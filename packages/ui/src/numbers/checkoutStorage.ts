// Where a started checkout is remembered across the redirect to the payment page and back.

export const storageKey = (numberId: string) => `plankit:checkout:${numberId}`;

export function session(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null; // storage disabled (privacy mode): resume only through `checkoutId`
  }
}
