import type { FieldErrors } from '../../forms/types';
import type { FieldProblem } from '../../httpClient';
import type { SectionForm } from './useSectionForms';

/** A refused save or submit: the message, and what to show under each field and section input. */
export type ServerError = { message: string; fields: Record<string, string>; sections: Record<number, FieldErrors> };

type Body = { errors?: Record<string, unknown>; error?: { details?: FieldProblem[] } };

/**
 * Spreads a 422 over the form: top-level field messages come as body.errors (see httpClient), while a
 * section's problems carry the item's name, which alone ties them to their section.
 */
export function serverErrorOf(e: unknown, sections: SectionForm[] | null | undefined): ServerError {
  const body = (e as { body?: Body }).body;
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(body?.errors ?? {})) if (k !== 'root' && typeof v === 'string') fields[k] = v;
  const secs: Record<number, FieldErrors> = {};
  const details = body?.error?.details;
  for (const d of Array.isArray(details) ? details : []) {
    const section = d.itemName === undefined ? undefined : sections?.find((s) => s.itemName === d.itemName);
    if (section) (secs[section.itemId] ??= {})[d.field] ??= d.message;
  }
  return { message: (e as Error).message, fields, sections: secs };
}
