import type { EntityRecord } from '@sxgk/core/directory-import';
import { COPY_NULL, copyText, copyTextArray } from '@sxgk/db/repositories/copy-in';
import { ENTITY_IMPORT_FIELDS, type EntityImportField } from '@sxgk/db/repositories/directory-import';

// An imported entity as COPY text: its registry fields in ENTITY_IMPORT_FIELDS order, tab
// separated, and separately its department tags. The one serialization of a parsed row; the
// byte-level fast path (entity-bytes.ts) writes exactly these bytes.

type Serialize = (v: never) => string;
const plain = (v: string) => v; // codes, enum values and digits: nothing to escape
const flag = (v: boolean) => (v ? 't' : 'f');

export const FIELD_COPY: Record<EntityImportField, Serialize> = {
  uscc: plain, name: copyText, kind: plain, status: plain, legalRepresentative: copyText, contactPhone: copyText,
  address: copyText, regionCode: plain, businessScope: copyText, industryTags: copyTextArray, riskTier: plain,
  abnormalList: flag, seriousViolationList: flag, complaintCount: String,
};

export const REGISTRY_FIELDS = Object.keys(ENTITY_IMPORT_FIELDS) as EntityImportField[];

/** The registry fields of `r` as one COPY fragment (no line end). */
export const registryCopy = (r: EntityRecord): string =>
  REGISTRY_FIELDS.map((f) => (FIELD_COPY[f] as (v: unknown) => string)(r[f])).join('\t');

/** The department's tags: a text[] literal, or \N when the file has no tags column (keep the directory's). */
export const tagsCopy = (tags: readonly string[] | null): string => (tags === null ? COPY_NULL : copyTextArray(tags));
