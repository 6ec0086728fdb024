// Mappers for invoices, payment requests and credit (DTO ↔ client models with Dates).
import type {
  CreditBalanceView,
  CreditBalanceViewDto,
  CreditMovement,
  CreditMovementDto,
  CreditPoolView,
  CreditPoolViewDto,
  InvoicePage,
  InvoicePageDto,
  InvoiceView,
  InvoiceViewDto,
  PayInvoiceResult,
  PayInvoiceResultDto,
} from './invoices';
import { prorationLineFromDto, prorationLineToDto } from './map-change-plan';
import { moneyFromDto, moneyToDto, toDate, toInstant } from './map-core';

const dateOrNull = (iso: string | null): Date | null => (iso === null ? null : toDate(iso));
const instantOrNull = (date: Date | null): string | null => (date === null ? null : toInstant(date));
const actorOf = (by: { userId: string; name: string } | null) =>
  by === null ? null : { userId: by.userId, name: by.name };

export const invoiceViewFromDto = (dto: InvoiceViewDto): InvoiceView => ({
  id: dto.id,
  subAccountId: dto.subAccountId,
  document: dto.document,
  kind: dto.kind,
  status: dto.status,
  total: moneyFromDto(dto.total),
  lines: dto.lines.map(prorationLineFromDto),
  period: dto.period === null ? null : { start: toDate(dto.period.start), end: toDate(dto.period.end) },
  dueAt: dateOrNull(dto.dueAt),
  blockedAt: dateOrNull(dto.blockedAt),
  createdAt: toDate(dto.createdAt),
  settlement:
    dto.settlement === null
      ? null
      : {
          method: dto.settlement.method,
          reference: dto.settlement.reference,
          at: toDate(dto.settlement.at),
          by: actorOf(dto.settlement.by),
        },
  voided: dto.voided === null ? null : { at: toDate(dto.voided.at), by: actorOf(dto.voided.by) },
  hostedUrl: dto.hostedUrl,
  actions: { pay: { ...dto.actions.pay }, markPaid: { ...dto.actions.markPaid }, void: { ...dto.actions.void } },
});

export const invoiceViewToDto = (view: InvoiceView): InvoiceViewDto => ({
  id: view.id,
  subAccountId: view.subAccountId,
  document: view.document,
  kind: view.kind,
  status: view.status,
  total: moneyToDto(view.total),
  lines: view.lines.map(prorationLineToDto),
  period: view.period === null ? null : { start: toInstant(view.period.start), end: toInstant(view.period.end) },
  dueAt: instantOrNull(view.dueAt),
  blockedAt: instantOrNull(view.blockedAt),
  createdAt: toInstant(view.createdAt),
  settlement:
    view.settlement === null
      ? null
      : {
          method: view.settlement.method,
          reference: view.settlement.reference,
          at: toInstant(view.settlement.at),
          by: actorOf(view.settlement.by),
        },
  voided: view.voided === null ? null : { at: toInstant(view.voided.at), by: actorOf(view.voided.by) },
  hostedUrl: view.hostedUrl,
  actions: {
    pay: { allowed: view.actions.pay.allowed, reason: view.actions.pay.reason },
    markPaid: { allowed: view.actions.markPaid.allowed, reason: view.actions.markPaid.reason },
    void: { allowed: view.actions.void.allowed, reason: view.actions.void.reason },
  },
});

export const invoicePageFromDto = (dto: InvoicePageDto): InvoicePage => ({
  items: dto.items.map(invoiceViewFromDto),
  nextCursor: dto.nextCursor,
});
export const invoicePageToDto = (page: InvoicePage): InvoicePageDto => ({
  items: page.items.map(invoiceViewToDto),
  nextCursor: page.nextCursor,
});

export const payInvoiceResultFromDto = (dto: PayInvoiceResultDto): PayInvoiceResult => ({
  invoice: invoiceViewFromDto(dto.invoice),
  redirectUrl: dto.redirectUrl,
});
export const payInvoiceResultToDto = (result: PayInvoiceResult): PayInvoiceResultDto => ({
  invoice: invoiceViewToDto(result.invoice),
  redirectUrl: result.redirectUrl,
});

const refOf = (ref: { id: string; name: string }) => ({ id: ref.id, name: ref.name });
const changeOf = (change: CreditMovementDto['change'] | CreditMovement['change']) =>
  change === null
    ? null
    : { fromPlan: change.fromPlan === null ? null : refOf(change.fromPlan), toPlan: refOf(change.toPlan) };

export const creditMovementFromDto = (dto: CreditMovementDto): CreditMovement => ({
  id: dto.id,
  at: toDate(dto.at),
  kind: dto.kind,
  amount: moneyFromDto(dto.amount),
  subAccount: refOf(dto.subAccount),
  invoiceId: dto.invoiceId,
  change: changeOf(dto.change),
});
export const creditMovementToDto = (movement: CreditMovement): CreditMovementDto => ({
  id: movement.id,
  at: toInstant(movement.at),
  kind: movement.kind,
  amount: moneyToDto(movement.amount),
  subAccount: refOf(movement.subAccount),
  invoiceId: movement.invoiceId,
  change: changeOf(movement.change),
});

export const creditBalanceFromDto = (dto: CreditBalanceViewDto): CreditBalanceView => ({
  subAccountId: dto.subAccountId,
  balance: dto.balance === null ? null : moneyFromDto(dto.balance),
  movements: dto.movements.map(creditMovementFromDto),
});
export const creditBalanceToDto = (view: CreditBalanceView): CreditBalanceViewDto => ({
  subAccountId: view.subAccountId,
  balance: view.balance === null ? null : moneyToDto(view.balance),
  movements: view.movements.map(creditMovementToDto),
});

export const creditPoolFromDto = (dto: CreditPoolViewDto): CreditPoolView => ({
  agencyId: dto.agencyId,
  pool: dto.pool === null ? null : moneyFromDto(dto.pool),
  movements: dto.movements.map(creditMovementFromDto),
});
export const creditPoolToDto = (view: CreditPoolView): CreditPoolViewDto => ({
  agencyId: view.agencyId,
  pool: view.pool === null ? null : moneyToDto(view.pool),
  movements: view.movements.map(creditMovementToDto),
});
