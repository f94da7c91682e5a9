// Shapes form data into the API's input schemas: react-admin turns an emptied input into null, while
// most text fields of the API take '' and never null, and some optional ones must then be left out.
export type FieldKind =
  | 'text' // string, '' when empty
  | 'nullable' // string or null
  | 'optional' // left out when empty (regex-checked codes, enums, numbers)
  | 'list' // string[], [] when empty
  | 'id' // a reference: a number, or null when empty
  | 'ids' // references: number[], [] when empty
  | 'value'; // as is (booleans, numbers)

export function toPayload(data: Record<string, unknown>, fields: Record<string, FieldKind>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, kind] of Object.entries(fields)) {
    const value = data[key];
    if (value === undefined) continue;
    const blank = value === null || value === '';
    if (kind === 'text') out[key] = blank ? '' : String(value).trim();
    else if (kind === 'nullable') out[key] = blank ? null : String(value).trim();
    else if (kind === 'optional') { if (!blank) out[key] = value; }
    else if (kind === 'id') out[key] = blank ? null : Number(value);
    else if (kind === 'ids') out[key] = Array.isArray(value) ? value.map(Number).filter(Number.isInteger) : [];
    else if (kind === 'list') out[key] = Array.isArray(value) ? value.map((v) => String(v).trim()).filter(Boolean) : [];
    else out[key] = value;
  }
  return out;
}
