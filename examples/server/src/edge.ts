// Input PostgreSQL cannot store is refused at the edge, before any query sees it: text and jsonb
// hold no NUL (U+0000), and jsonb refuses a lone UTF-16 surrogate. Both backends answered such
// input with a 500; here it is a 400 invalid_request that names the field.
import { endpoints } from '@plankit/sdk/contract';
import type { MiddlewareHandler } from 'hono';
import { invalid } from './errors';

const NUL = '\u0000';
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What is wrong with a string that cannot be stored, or null when it can be. */
function unstorable(text: string): string | null {
  if (text.includes(NUL)) return 'contains a NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'contains an unpaired UTF-16 surrogate (not valid Unicode)';
  return null;
}

function refuse(field: string, problem: string): never {
  invalid(`${field}: ${problem}, which cannot be stored. Remove it, then retry.`);
}

const templates = Object.values(endpoints).map((e) => e.path.split('/'));

/** The template's name for path segment `index` (`id`), so the message names the parameter. */
function segmentName(segments: readonly string[], index: number): string {
  for (const template of templates) {
    if (template.length !== segments.length) continue;
    const matches = template.every((part, i) => part.startsWith(':') || part === segments[i]);
    const part = template[index];
    if (matches && part?.startsWith(':')) return `path parameter ${part.slice(1)}`;
  }
  return `path segment ${index}`;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Refuse a path or query string that carries what PostgreSQL cannot store. */
export function storableUrl(): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const segments = url.pathname.split('/').map(decodeSegment);
    segments.forEach((segment, index) => {
      const problem = unstorable(segment);
      if (problem) refuse(segmentName(segments, index), problem);
    });
    for (const [name, value] of url.searchParams) {
      const problem = unstorable(name) ?? unstorable(value);
      if (problem) refuse(`query parameter ${unstorable(name) ? JSON.stringify(name) : name}`, problem);
    }
    await next();
  };
}

/**
 * Refuse a parsed JSON body with a key or string that PostgreSQL cannot store; the message names its
 * path (`planId`, `items.2.name`). Walks with its own stack, so a deeply nested body cannot overflow.
 */
export function assertStorableJson(body: unknown): void {
  const stack: { value: unknown; path: string }[] = [{ value: body, path: '' }];
  const at = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (typeof value === 'string') {
      const problem = unstorable(value);
      if (problem) refuse(path === '' ? 'body' : path, problem);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        stack.push({ value: item, path: at(path, String(i)) });
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const problem = unstorable(key);
        if (problem) refuse(`a key in ${path === '' ? 'body' : path}`, problem);
        stack.push({ value: item, path: at(path, key) });
      }
    }
  }
}
