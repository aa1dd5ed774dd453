import { z } from "zod";

/**
 * What a form's input may say about one field before it is sent: how long it may be and
 * whether it must be filled. Read from the action's own schema, so the form and the server
 * cannot disagree about a limit.
 */
export type FieldLimit = { maxLength?: number; required: boolean };

/** The limits of every field of an action's input, keyed by the input's field names. */
export type FieldLimits<I> = { readonly [K in keyof I & string]-?: FieldLimit };

/**
 * One field's limit. Wrappers are looked through to the string a form sends: optional,
 * nullable and default make the field not required; a pipe (a transform after the string)
 * counts from its input side, which is what the user types.
 */
function limitOf(schema: z.ZodType, optional: boolean): FieldLimit {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault) {
    return limitOf(schema.unwrap() as z.ZodType, true);
  }
  if (schema instanceof z.ZodPipe) return limitOf(schema.in as z.ZodType, optional);
  if (!(schema instanceof z.ZodString)) return { required: false };
  const required = !optional && (schema.minLength ?? 0) >= 1;
  return schema.maxLength === null ? { required } : { maxLength: schema.maxLength, required };
}

/** The limits of an object schema's fields, as a plain object a server page can hand to a client form. */
export function fieldLimits<S extends z.ZodObject>(schema: S): FieldLimits<z.input<S>> {
  const entries = Object.entries(schema.shape).map(([name, field]) => [name, limitOf(field as z.ZodType, false)]);
  return Object.fromEntries(entries) as FieldLimits<z.input<S>>;
}
