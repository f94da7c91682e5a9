import type { EntityRecord } from '@sxgk/core/directory-import';
import { binaryField, textArrayValue } from '@sxgk/db/repositories/copy-binary';
import { ENTITY_IMPORT_FIELDS, type EntityImportField } from '@sxgk/db/repositories/directory-import';

// An imported entity as binary COPY fields: its registry fields in ENTITY_IMPORT_FIELDS order,
// and separately its department tags. The one serialization of a parsed row; the byte-level fast
// path (entity-bytes.ts) writes exactly these bytes.

type Serialize = (v: never) => Buffer;
const text = (v: string) => binaryField({ text: v }); // text and char(1)
const flag = (v: boolean) => binaryField({ bytes: Uint8Array.of(v ? 1 : 0) });

export const FIELD_COPY: Record<EntityImportField, Serialize> = {
  uscc: text, name: text, kind: text, status: text, legalRepresentative: text, contactPhone: text,
  address: text, regionCode: text, businessScope: text, industryTags: (v: string[]) => binaryField({ bytes: textArrayValue(v) }),
  riskTier: text, abnormalList: flag, seriousViolationList: flag, complaintCount: (v: number) => binaryField({ int4: v }),
};

export const REGISTRY_FIELDS = Object.keys(ENTITY_IMPORT_FIELDS) as EntityImportField[];

/** The registry fields of `r`, one after the other (no field count). */
export const registryCopy = (r: EntityRecord): Buffer =>
  Buffer.concat(REGISTRY_FIELDS.map((f) => (FIELD_COPY[f] as (v: unknown) => Buffer)(r[f])));

/** The department's tags: a text[] field, or NULL when the file has no tags column (keep the directory's). */
export const tagsCopy = (tags: readonly string[] | null): Buffer => binaryField(tags === null ? null : { bytes: textArrayValue(tags) });
