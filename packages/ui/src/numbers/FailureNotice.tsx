import type { ReactNode } from 'react';
import { Notice } from '../components/Notice';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../messages/en';
import { type Failure, transportMessage } from './failure';

export interface FailureNoticeProps {
  failure: Failure;
  /** Bold first line, e.g. "The number was not assigned". */
  title: ReactNode;
  /** Context-specific messages for some reason codes (falls back to the reason's own message). */
  reasonKeys?: Partial<Record<string, MessageKey>> | undefined;
  actions?: ReactNode | undefined;
}

/** A failure with its fix. Styling hook: `data-slot="notice"`, `data-reason` for refusals. */
export function FailureNotice({ failure, title, reasonKeys, actions }: FailureNoticeProps) {
  const t = useT();
  const text =
    failure.kind === 'refusal'
      ? reasonKeys?.[failure.refusal.reason] !== undefined
        ? t(reasonKeys[failure.refusal.reason] as MessageKey, failure.refusal.params)
        : t.reason(failure.refusal)
      : t(transportMessage[failure.kind]);
  return (
    <div data-reason={failure.kind === 'refusal' ? failure.refusal.reason : failure.kind}>
      <Notice variant="error" title={title} actions={actions}>
        <p>{text}</p>
      </Notice>
    </div>
  );
}
