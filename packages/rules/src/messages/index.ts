// @plankit/rules/messages: the English catalog and the one ICU-subset interpreter, for where text
// is shown. The core computes message keys and values only.
export { changePlanMessages } from './change-plan';
export { type FormatValueOptions, formatMessageValue } from './format-value';
export {
  createInterpolator,
  type InterpolateOptions,
  interpolate,
  type MessageValues,
  messagePlaceholders,
} from './interpolate';
export { invoiceMessages } from './invoices';
export { itemMessages } from './items';
export { planMessages } from './plans';
export {
  type DescribeRefusalOptions,
  describeRefusal,
  numberStateLabels,
  reasonMessages,
  reasonParamLabels,
} from './reasons';
