import type { FieldErrors } from '../../forms/types';
import type { SectionForm } from './useSectionForms';

/** A refused save or submit: the message, and what to show under each field and section input. */
export type ServerError = { message: string; fields: Record<string, string>; sections: Record<number, FieldErrors> };

type Body = { errors?: Record<string, unknown>; error?: { details?: { itemName?: string; errors?: { field: string; message: string }[] } } };

/**
 * Spreads a 422 over the form: top-level field messages come as body.errors (see httpClient), while a
 * section's come as details {itemName, errors}, which only the item's name ties to its section.
 */
export function serverErrorOf(e: unknown, sections: SectionForm[] | null | undefined): ServerError {
  const body = (e as { body?: Body }).body;
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(body?.errors ?? {})) if (k !== 'root' && typeof v === 'string') fields[k] = v;
  const secs: Record<number, FieldErrors> = {};
  const details = body?.error?.details;
  if (details?.itemName && Array.isArray(details.errors)) {
    const section = sections?.find((s) => s.itemName === details.itemName);
    if (section) {
      secs[section.itemId] = {};
      for (const d of details.errors) secs[section.itemId]![d.field] ??= d.message;
    }
  }
  return { message: (e as Error).message, fields, sections: secs };
}
