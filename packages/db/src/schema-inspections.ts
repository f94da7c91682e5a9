import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Outcome } from '@sxgk/core/outcomes';
import type { RiskTier } from '@sxgk/core/roles';

// Tables of migration 0004: calendar, inspection records, attachments, publications, credit
// records, follow-ups and referrals. camelCase as in schema.ts.
type Created = ColumnType<Date, Date | string | undefined, never>;
type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Day = ColumnType<string, string, string>;
type NullableDay = ColumnType<string | null, string | null | undefined, string | null>;

export interface CalendarDayTable {
  day: Day;
  id: Generated<number>;
  kind: 'holiday' | 'makeup_workday';
  name: Generated<string>;
}

export interface InspectionSection {
  itemId: number;
  formId: number;
  formVersion: number;
  answers: Record<string, unknown>;
}
export interface Entrustment {
  institution: string;
  scope: string;
}
export type InspectionStatus = 'draft' | 'submitted' | 'approved' | 'superseded';
export interface InspectionTable {
  id: Generated<number>;
  lineageId: number | null;
  version: Generated<number>;
  targetId: number;
  taskId: number;
  drawId: number;
  entityId: number;
  departmentId: number;
  departmentIds: number[];
  status: Generated<InspectionStatus>;
  methods: Generated<string[]>;
  inspectionDate: NullableDay;
  presentInspectorIds: Generated<number[]>;
  substitutionReason: string | null;
  findings: Generated<string>;
  sections: ColumnType<InspectionSection[], string | undefined, string>;
  entrustment: ColumnType<Entrustment | null, string | null | undefined, string | null>;
  entrustingDepartmentId: number | null;
  outcome: Outcome | null;
  violations: Generated<string[]>;
  recordedBy: Generated<number[]>;
  reviewNote: string | null;
  correctionReason: string | null;
  createdBy: number | null;
  submittedAt: Date | null;
  submittedBy: number | null;
  returnedAt: Date | null;
  approvedAt: Date | null;
  approvedBy: number | null;
  resultDate: NullableDay;
  createdAt: Created;
  updatedAt: Stamp;
}

export type AttachmentMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
export interface AttachmentTable {
  id: Generated<number>;
  inspectionId: number;
  sha256: string;
  mime: AttachmentMime;
  size: number;
  filename: string;
  createdBy: number | null;
  createdAt: Created;
}

export interface PublicationTable {
  id: Generated<number>;
  inspectionId: number;
  entityId: number;
  departmentId: number;
  taskId: number;
  outcome: Outcome;
  violations: Generated<string[]>;
  resultDate: Day;
  deadline: NullableDay;
  status: Generated<'pending' | 'published'>;
  warning: Generated<'none' | 'yellow' | 'red'>;
  publishedAt: Date | null;
  publishedOn: NullableDay;
  onTime: boolean | null;
  createdAt: Created;
  updatedAt: Stamp;
}

export interface CreditRecordTable {
  id: Generated<number>;
  entityId: number;
  publicationId: number;
  inspectionId: number;
  departmentId: number;
  outcome: Outcome;
  violations: Generated<string[]>;
  publishedAt: Date;
  createdAt: Created;
}

export interface FollowupTable {
  id: Generated<number>;
  inspectionId: number;
  entityId: number;
  departmentId: number;
  outcome: Outcome;
  measures: Generated<string[]>;
  deadline: NullableDay;
  recheckDate: NullableDay;
  recheckResult: string | null;
  status: Generated<'open' | 'closed'>;
  closedOn: NullableDay;
  result: string | null;
  closedBy: number | null;
  createdAt: Created;
  updatedAt: Stamp;
}

export type ReferralKind = 'department' | 'external' | 'judicial';
export type ReferralStatus = 'sent' | 'accepted' | 'returned' | 'closed';
export interface ReferralTable {
  id: Generated<number>;
  fromDepartmentId: number;
  kind: ReferralKind;
  toDepartmentId: number | null;
  receivingOrgan: string | null;
  inspectionId: number | null;
  followupId: number | null;
  entityId: number | null;
  matter: string;
  referredOn: Day;
  documentNo: Generated<string>;
  status: Generated<ReferralStatus>;
  returnReason: string | null;
  acceptedAt: Date | null;
  acceptedBy: number | null;
  closedOn: NullableDay;
  result: string | null;
  createdBy: number | null;
  createdAt: Created;
  updatedAt: Stamp;
}

export interface InspectionTables {
  calendarDays: CalendarDayTable;
  inspections: InspectionTable;
  attachments: AttachmentTable;
  publications: PublicationTable;
  creditRecords: CreditRecordTable;
  followups: FollowupTable;
  referrals: ReferralTable;
}

export type Inspection = Selectable<InspectionTable>;
export type Publication = Selectable<PublicationTable>;
export type Followup = Selectable<FollowupTable>;
export type Referral = Selectable<ReferralTable>;
export type { RiskTier };
