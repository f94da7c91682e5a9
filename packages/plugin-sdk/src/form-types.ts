// Inspection forms as plain data: what the API stores and the console renders. No zod here, so
// the browser can import these without the validation machinery.
export const CHECKPOINT_VALUES = ['是', '否', '不涉及'] as const;
export const FIELD_KINDS = ['checkpoint', 'text', 'textarea', 'number', 'date', 'select', 'multiselect'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];
export type AnswerValue = string | number | boolean;

export interface FormField {
  /** stable answer key, e.g. 'certificateDisplayed'; never reuse a key for another meaning */
  key: string;
  label: string;
  help?: string;
  kind: FieldKind;
  /** choices of select / multiselect */
  options?: string[];
  /** defaults to true for a checkpoint (不涉及 covers what does not apply), false for the others */
  required?: boolean;
  /** kept out of public disclosure of the result (商业秘密、个人信息) */
  confidential?: boolean;
  /** the answer(s) meaning "problem found"; for a checkpoint usually '否' */
  problemWhen?: AnswerValue | AnswerValue[];
  /** the problem category counted in results; defaults to the label */
  problemCategory?: string;
}

export const isRequired = (f: FormField) => f.required ?? f.kind === 'checkpoint';

export interface FormSection {
  title: string;
  fields: FormField[];
}
export interface FormDefinition {
  /** stable within the plugin, e.g. 'food-business' */
  key: string;
  /** bump whenever the definition changes: a version used by a record is frozen */
  version: number;
  title: string;
  description?: string;
  sections: FormSection[];
}
export interface FieldError {
  field: string;
  message: string;
}
export type Answers = Record<string, unknown>;
