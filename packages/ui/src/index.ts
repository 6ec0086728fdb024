'use client';

// Foundations
export { Badge, type BadgeProps, type BadgeVariant } from './components/Badge';
export { Button, type ButtonProps, type ButtonVariant } from './components/Button';
export {
  Dialog,
  DialogClose,
  DialogContent,
  type DialogContentProps,
  type DialogProps,
  DialogTrigger,
} from './components/Dialog';
export { LiveRegion, type LiveRegionProps } from './components/LiveRegion';
export { MoneyText, type MoneyTextProps } from './components/MoneyText';
export { Notice, type NoticeProps, type NoticeVariant } from './components/Notice';
export { PlanPicker, type PlanPickerProps, planPriceLabel } from './components/PlanPicker';
export { type ControllableStateOptions, useControllableState } from './hooks/useControllableState';
export {
  type PlankitTheme,
  type PlankitUIContextValue,
  PlankitUIProvider,
  type PlankitUIProviderProps,
  usePlankitUI,
} from './i18n/context';
export { createTranslator, type MessageValues, type Translator, useT } from './i18n/useT';
export { en, type MessageKey, type MessageOverrides, type Messages } from './messages/en';
export { composeEventHandlers, composeRefs } from './primitives/compose';
export { Slot, type SlotProps } from './primitives/Slot';
export { plankitStyles, plankitStylesInLayer } from './styles';
