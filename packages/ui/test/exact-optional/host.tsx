// Compiled with exactOptionalPropertyTypes: every optional prop of the public API takes `undefined`,
// so a host can pass a value it may not have (`theme={settings.theme}`) without a cast.
import type {
  AssignNumberDialogProps,
  BadgeProps,
  BlockersProps,
  ButtonProps,
  ChangePlanDialogProps,
  CurrentPlanProps,
  DialogContentProps,
  DialogProps,
  ImpactSummaryProps,
  LiveRegionProps,
  MoneyTextProps,
  NoticeProps,
  PayToActivateProps,
  PlanBadgesProps,
  PlankitUIProviderProps,
  PlanPickerProps,
  ReleaseNumberDialogProps,
  ScheduledChangeBannerProps,
  StartSubscriptionDialogProps,
  SubscriptionCardProps,
  UnassignNumberDialogProps,
  UseChangePlanStateOptions,
  UserComboboxProps,
} from '../../src/index';
import { ChangePlanDialog, PlankitUIProvider } from '../../src/index';

/** The optional keys of `T` whose type leaves out `undefined`; `never` when there are none. */
type RejectsUndefined<T> = {
  [K in keyof T]-?: object extends Pick<T, K> ? (undefined extends T[K] ? never : K) : never;
}[keyof T];

type Expect<T extends true> = T;
type None<T> = [T] extends [never] ? true : false;

export type Checks = [
  Expect<None<RejectsUndefined<AssignNumberDialogProps>>>,
  Expect<None<RejectsUndefined<BadgeProps>>>,
  Expect<None<RejectsUndefined<BlockersProps>>>,
  Expect<None<RejectsUndefined<ButtonProps>>>,
  Expect<None<RejectsUndefined<ChangePlanDialogProps>>>,
  Expect<None<RejectsUndefined<CurrentPlanProps>>>,
  Expect<None<RejectsUndefined<DialogContentProps>>>,
  Expect<None<RejectsUndefined<DialogProps>>>,
  Expect<None<RejectsUndefined<ImpactSummaryProps>>>,
  Expect<None<RejectsUndefined<LiveRegionProps>>>,
  Expect<None<RejectsUndefined<MoneyTextProps>>>,
  Expect<None<RejectsUndefined<NoticeProps>>>,
  Expect<None<RejectsUndefined<PayToActivateProps>>>,
  Expect<None<RejectsUndefined<PlanBadgesProps>>>,
  Expect<None<RejectsUndefined<PlankitUIProviderProps>>>,
  Expect<None<RejectsUndefined<PlanPickerProps>>>,
  Expect<None<RejectsUndefined<ReleaseNumberDialogProps>>>,
  Expect<None<RejectsUndefined<ScheduledChangeBannerProps>>>,
  Expect<None<RejectsUndefined<StartSubscriptionDialogProps>>>,
  Expect<None<RejectsUndefined<SubscriptionCardProps>>>,
  Expect<None<RejectsUndefined<UnassignNumberDialogProps>>>,
  Expect<None<RejectsUndefined<UseChangePlanStateOptions>>>,
  Expect<None<RejectsUndefined<UserComboboxProps>>>,
];

// The case a host hit: settings whose fields may be missing, passed straight through.
interface HostSettings {
  theme?: 'light' | 'dark' | undefined;
  locale?: string | undefined;
  container?: HTMLElement | undefined;
}

export function Host({ settings }: { settings: HostSettings }) {
  return (
    <PlankitUIProvider theme={settings.theme} locale={settings.locale}>
      <ChangePlanDialog subAccountId="sa_1" container={settings.container} onSuccess={undefined} />
    </PlankitUIProvider>
  );
}
