// Encoding a model into its wire body. Models hold the rules' read-only values (readonly arrays),
// which zod's `encode` types as mutable; the schema checks the value either way.
import * as z from 'zod/mini';

/** A schema's model, read-only all the way down, as the rules and the server hold it. */
export type ReadonlyModel<T> = T extends Date
  ? T
  : T extends readonly (infer U)[]
    ? readonly ReadonlyModel<U>[]
    : T extends object
      ? { readonly [K in keyof T]: ReadonlyModel<T[K]> }
      : T;

/** The wire body of a model: Dates as ISO strings, message values tagged. Throws a ZodError on a mismatch. */
export function encode<S extends z.ZodMiniType>(schema: S, model: ReadonlyModel<z.output<S>>): z.input<S> {
  return z.encode(schema, model as z.output<S>);
}

/** `encode`, returning zod's result instead of throwing. */
export function safeEncode<S extends z.ZodMiniType>(
  schema: S,
  model: ReadonlyModel<z.output<S>>,
): z.core.util.SafeParseResult<z.input<S>> {
  return z.safeEncode(schema, model as z.output<S>);
}

/** What a schema decodes to, read-only: the model type of every contract schema. */
export type Model<S extends z.ZodMiniType> = ReadonlyModel<z.output<S>>;

/**
 * A model as a client receives it: encoded to its wire body and decoded back. In-memory fakes
 * answer through it, so they cannot answer what no server could send.
 */
export function overTheWire<S extends z.ZodMiniType>(schema: S, model: ReadonlyModel<z.output<S>>): z.output<S> {
  return z.decode(schema, encode(schema, model));
}
