import type { ScheduledChange } from '@plankit/rules';
import { Button } from '../components/Button';
import { Notice } from '../components/Notice';
import { useT } from '../i18n/useT';

export interface ScheduledChangeBannerProps {
  change: ScheduledChange;
  /** Cancels the scheduled change. Without it, no Cancel button is shown. */
  onCancel?: (() => void) | undefined;
  /** The cancel request is running. Default false. */
  pending?: boolean | undefined;
}

/** "Changes to Starter on Dec 8, 2026." with Cancel. Styling hook: `data-slot="scheduled-change"`. */
export function ScheduledChangeBanner({ change, onCancel, pending = false }: ScheduledChangeBannerProps) {
  const t = useT();
  return (
    <div data-slot="scheduled-change">
      <Notice
        variant="info"
        role="none"
        actions={
          onCancel ? (
            <Button variant="secondary" pending={pending} onClick={onCancel}>
              {t('scheduled.cancel')}
            </Button>
          ) : null
        }
      >
        <p>{t('scheduled.banner', { plan: change.targetTerms.name, date: change.effectiveAt })}</p>
      </Notice>
    </div>
  );
}
