import type { ChangeEvent } from "react";
import type { FieldLimit } from "@/lib/forms/limits";

/** The names of `V`'s free-text values (any string, not a choice of some): the ones a plain field edits. */
type TextKey<V> = { [K in keyof V]-?: string extends V[K] ? (V[K] extends string ? K : never) : never }[keyof V] & string;

/**
 * Ties fields to a form whose state the caller keeps: `bind(name)` gives a field its name,
 * value and errors, and a change that patches just that value.
 */
export function controlledFields<V>(values: V, errors: Record<string, string[]>, onChange: (patch: Partial<V>) => void) {
  return <K extends TextKey<V>>(name: K) => ({
    name,
    value: values[name],
    errors: errors[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => onChange({ [name]: event.target.value } as Partial<V>),
  });
}

/**
 * Ties fields to a form the browser keeps and submits as is: `bind(name)` gives a field its
 * name, starting value, errors and the limits of the action's schema for it.
 */
export function uncontrolledFields<V, L extends Record<string, FieldLimit>>(initial: V, errors: Record<string, string[]>, limits: L) {
  return <K extends TextKey<V> & keyof L>(name: K) => ({ name, defaultValue: initial[name], errors: errors[name], ...limits[name] });
}
