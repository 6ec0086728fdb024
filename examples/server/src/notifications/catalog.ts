// What each notification says, in English and German. The outbox row keeps the kind and its values;
// the text is rendered per reader, so a notification can be shown again in another language.
import type { Money } from '@plankit/rules';
import { formatDate, formatMoney } from '@plankit/rules/format';
import type { NotificationKind } from '../store/outbox';

export type NotificationLocale = 'en' | 'de';
export const NOTIFICATION_LOCALES: readonly NotificationLocale[] = ['en', 'de'];

export interface NotificationValues {
  readonly e164?: string;
  readonly monthlyPrice?: Money;
  readonly amount?: Money;
  readonly dueAt?: string;
  readonly stoppedWorking?: { readonly agents?: readonly { name: string }[] };
}

export interface RenderedNotification {
  readonly title: string;
  readonly body: string;
}

interface Format {
  money(value: Money | undefined): string;
  date(iso: string | undefined): string;
}

type Catalog = Record<NotificationKind, (v: NotificationValues, f: Format) => RenderedNotification>;

const en: Catalog = {
  number_pending_activation: (v, f) => ({
    title: `A phone number is pending activation: ${v.e164}`,
    body: `Your agency assigned ${v.e164} to you at ${f.money(v.monthlyPrice)} a month. Open Phone Numbers and choose Pay Now to activate it.`,
  }),
  number_unassigned: (v) => ({
    title: `Your number ${v.e164} was unassigned`,
    body: `Your agency took ${v.e164} back. ${agents(v, 'en')}Ask your agency if you need another number.`,
  }),
  number_released: (v) => ({
    title: `Your number ${v.e164} was released`,
    body: `${v.e164} went back to your agency at the end of its period, as you asked. Nothing more is billed for it.`,
  }),
  payment_past_due: (v, f) => ({
    title: 'Your payment is past due',
    body: `The payment of ${f.money(v.amount)} was due on ${f.date(v.dueAt)}. Pay it or contact your agency to keep your account active.`,
  }),
  payment_blocked: (v, f) => ({
    title: 'Your account is blocked for an unpaid payment',
    body: `The payment of ${f.money(v.amount)} due on ${f.date(v.dueAt)} is still open. Pay it or contact your agency to unblock your account.`,
  }),
};

const de: Catalog = {
  number_pending_activation: (v, f) => ({
    title: `Eine Telefonnummer wartet auf Aktivierung: ${v.e164}`,
    body: `Ihre Agentur hat Ihnen ${v.e164} für ${f.money(v.monthlyPrice)} im Monat zugewiesen. Öffnen Sie Telefonnummern und wählen Sie Jetzt bezahlen, um sie zu aktivieren.`,
  }),
  number_unassigned: (v) => ({
    title: `Ihre Nummer ${v.e164} wurde entzogen`,
    body: `Ihre Agentur hat ${v.e164} zurückgenommen. ${agents(v, 'de')}Fragen Sie Ihre Agentur, wenn Sie eine andere Nummer brauchen.`,
  }),
  number_released: (v) => ({
    title: `Ihre Nummer ${v.e164} wurde freigegeben`,
    body: `${v.e164} ging wie gewünscht am Ende des Zeitraums an Ihre Agentur zurück. Dafür wird nichts mehr berechnet.`,
  }),
  payment_past_due: (v, f) => ({
    title: 'Ihre Zahlung ist überfällig',
    body: `Die Zahlung von ${f.money(v.amount)} war am ${f.date(v.dueAt)} fällig. Bezahlen Sie sie oder wenden Sie sich an Ihre Agentur, damit Ihr Konto aktiv bleibt.`,
  }),
  payment_blocked: (v, f) => ({
    title: 'Ihr Konto ist wegen einer offenen Zahlung gesperrt',
    body: `Die am ${f.date(v.dueAt)} fällige Zahlung von ${f.money(v.amount)} ist noch offen. Bezahlen Sie sie oder wenden Sie sich an Ihre Agentur, um Ihr Konto zu entsperren.`,
  }),
};

function agents(v: NotificationValues, locale: NotificationLocale): string {
  const names = (v.stoppedWorking?.agents ?? []).map((a) => a.name);
  if (names.length === 0) return '';
  return locale === 'en'
    ? `It no longer answers for ${names.join(', ')}. `
    : `Sie antwortet nicht mehr für ${names.join(', ')}. `;
}

const catalogs: Record<NotificationLocale, Catalog> = { en, de };
const intlLocale: Record<NotificationLocale, string> = { en: 'en-US', de: 'de-DE' };

export function renderNotification(
  kind: NotificationKind,
  values: NotificationValues,
  locale: NotificationLocale,
): RenderedNotification {
  const format: Format = {
    money: (value) => (value ? formatMoney(value, { locale: intlLocale[locale] }) : ''),
    date: (iso) => (iso ? formatDate(new Date(iso), { locale: intlLocale[locale], style: 'long' }) : ''),
  };
  return catalogs[locale][kind](values, format);
}
