export type { ItemMessageKey } from './messages';
export { itemMessages } from './messages';
export type { AddOnChangeInput, ItemsState, PackPurchaseInput, SeatChangeInput } from './preview';
export {
  billableSeats,
  defaultItemPolicy,
  previewAddOnChange,
  previewPackPurchase,
  previewSeatChange,
  renewalAmount,
} from './preview';
export type {
  AddOn,
  ItemChangeKind,
  ItemChangePreview,
  ItemLine,
  ItemPolicy,
  ItemRef,
  Pack,
  SeatPricing,
} from './types';
