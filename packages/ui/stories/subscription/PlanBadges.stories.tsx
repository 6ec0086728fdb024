import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PlanBadges } from '../../src/subscription/PlanBadges';
import { plan } from '../../src/testing/fixtures';

const meta = {
  title: 'Subscriptions/PlanBadges',
  component: PlanBadges,
} satisfies Meta<typeof PlanBadges>;
export default meta;
type S = StoryObj<typeof meta>;

const texts = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

export const AllOn: S = {
  args: { plan: { ...plan('growth'), includedMinutes: 500, price: { amount: 4900, currency: 'USD' } } },
  play: async ({ canvasElement }) => {
    await expect(texts(canvasElement)).toEqual([
      'Recurring · $49.00/mo',
      'Usage · $0.015/min',
      'Add-on packs · On',
      '500 minutes included',
    ]);
  },
};

export const AllOff: S = {
  args: { plan: { ...plan('starter'), price: null, usageRate: null, addOnPacks: false, includedMinutes: 0 } },
  play: async ({ canvasElement }) => {
    await expect(texts(canvasElement)).toEqual([
      'Recurring · Off',
      'Usage · Off',
      'Add-on packs · Off',
      '0 minutes included',
    ]);
  },
};

export const ChatOn: S = {
  args: { plan: plan('growthPlus') },
  play: async ({ canvasElement }) => {
    await expect(texts(canvasElement)).toContain('1 min = 4 chats');
  },
};

export const TwiceMonthly: S = {
  args: { plan: { ...plan('starter'), interval: { unit: 'month', count: 2 } } },
  play: async ({ canvasElement }) => {
    await expect(texts(canvasElement)[0]).toBe('Recurring · $29.00/2 mo');
  },
};

export const German: S = {
  args: { plan: plan('growthPlus') },
  parameters: { plankit: { locale: 'de' } },
  play: async ({ canvasElement }) => {
    await expect(texts(canvasElement)).toContain('Zusatzpakete · An');
  },
};

export const Dark: S = { args: { plan: plan('growthPlus') }, parameters: { plankit: { theme: 'dark' } } };
