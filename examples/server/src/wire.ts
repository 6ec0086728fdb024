// Rules values → wire DTOs: instants become ISO strings, message values become tagged values.
// Every response is then parsed by its contract schema, which also drops server-only fields.
import type { MessageValue } from '@plankit/rules';
import type { MessageValueDto } from '@plankit/sdk/contract';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

export function messageValueToWire(value: MessageValue): MessageValueDto {
  if (typeof value === 'string') return { type: 'string', value };
  if (typeof value === 'number') return { type: 'number', value };
  if (value instanceof Date) return { type: 'date', value: value.toISOString() };
  if ('scale' in value) return { type: 'rate', amount: value.amount, currency: value.currency, scale: value.scale };
  return { type: 'money', amount: value.amount, currency: value.currency };
}

/** Deep copy with Dates as ISO strings and `values` / `params` records as tagged message values. */
export function toWire(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toWire);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    if ((key === 'values' || key === 'params') && isPlainObject(item)) {
      out[key] = Object.fromEntries(
        Object.entries(item).map(([name, v]) => [name, messageValueToWire(v as MessageValue)]),
      );
    } else {
      out[key] = toWire(item);
    }
  }
  return out;
}
