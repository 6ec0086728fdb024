// Wire fixtures that satisfy the contract schemas (checked in the contract tests).
import type { PhoneNumberViewDto, PlanDto, SubAccountDto } from '../src/contract';

export const planDto: PlanDto = {
  id: 'plan_pro',
  agencyId: 'agency_1',
  name: 'Pro',
  currency: 'USD',
  status: 'active',
  paymentType: 'stripe',
  interval: { unit: 'month', count: 1 },
  price: { amount: 4900, currency: 'USD' },
  includedMinutes: 500,
  usageRate: { amount: 15, currency: 'USD', scale: 3 },
  addOnPacks: true,
  chatsPerMinute: 4,
  paymentDueDays: 7,
  graceDays: 3,
  phoneNumberPrice: { amount: 300, currency: 'USD' },
  caps: { agents: 5, teamMembers: null, concurrentCalls: 2, knowledgeBaseMb: 100, phoneNumbers: 3 },
  contractOnly: false,
};

export const subAccountDto: SubAccountDto = {
  id: 'sub_1',
  agencyId: 'agency_1',
  name: 'Acme Dental',
  status: 'active',
  createdByAgency: true,
  customContract: false,
  assignedPlanId: 'plan_pro',
  subscription: {
    id: 'subscr_1',
    version: 3,
    terms: planDto,
    status: 'active',
    anchor: '2026-11-01T00:00:00.000Z',
    periodStart: '2026-11-01T00:00:00.000Z',
    periodEnd: '2026-12-01T00:00:00.000Z',
    trialEnd: null,
    periodPaid: true,
    hasOpenInvoice: false,
    scheduledChange: null,
  },
  hasPaymentMethod: true,
  creditBalance: null,
  usage: {
    voiceSeconds: 1800,
    chats: 8,
    includedMinutes: 500,
    walletMinutes: 0,
    resources: { agents: 2, teamMembers: 4, concurrentCalls: 0, knowledgeBaseMb: 12, phoneNumbers: 1 },
  },
};

export const numberDto: PhoneNumberViewDto = {
  id: 'num_1',
  agencyId: 'agency_1',
  e164: '+14155550100',
  country: 'US',
  capabilities: ['voice', 'sms'],
  telcoCost: { amount: 115, currency: 'USD' },
  agentId: null,
  state: 'pending_payment',
  assignedTo: {
    userId: 'user_1',
    subAccountId: 'sub_1',
    monthlyPrice: { amount: 415, currency: 'USD' },
    assignedAt: '2026-11-22T10:00:00.000Z',
  },
  periodEnd: null,
  attachments: { agents: [], campaigns: [{ id: 'camp_1', name: 'Winter recall' }], workflows: [] },
  assignee: { userName: 'Dana Reyes', subAccountName: 'Acme Dental' },
};
