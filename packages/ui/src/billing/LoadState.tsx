import { Button } from '../components/Button';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../messages/en';
import { FailureNotice } from '../numbers/FailureNotice';
import { toFailure } from '../numbers/failure';

/** A spinner while the first answer is on its way; the failure and Retry when it did not come. */
export function LoadState({
  error,
  failedKey,
  onRetry,
}: {
  error: unknown;
  failedKey: MessageKey;
  onRetry: () => void;
}) {
  const t = useT();
  if (error) {
    return (
      <FailureNotice
        failure={toFailure(error)}
        title={t(failedKey)}
        actions={<Button onClick={onRetry}>{t('common.retry')}</Button>}
      />
    );
  }
  return (
    <p className="plankit-status plankit-flush" role="status">
      <span className="plankit-spinner" aria-hidden="true" />
      {t('common.loading')}
    </p>
  );
}
