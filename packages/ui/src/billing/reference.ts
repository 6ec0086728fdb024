/** The longest bank transfer reference the server accepts, as its schema says. */
export const REFERENCE_MAX_LENGTH = 200;

/** Why a reference cannot be sent yet: none typed, or longer than the server takes. */
export type ReferenceProblem = 'missing' | 'too_long';

/** The server's rule for a Mark paid reference (1–200 characters, not only spaces), on the trimmed text sent. */
export function referenceProblem(reference: string): ReferenceProblem | null {
  const sent = reference.trim();
  if (sent.length === 0) return 'missing';
  if (sent.length > REFERENCE_MAX_LENGTH) return 'too_long';
  return null;
}
