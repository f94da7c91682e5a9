// The form definition as the plugin SDK declares it and the API stores it (packages/plugin-sdk/src/form.ts,
// form-fields.ts): plain data, so the console renders exactly the form the server validates against.
export type FieldKind = 'checkpoint' | 'text' | 'textarea' | 'number' | 'date' | 'select' | 'multiselect';
export const CHECKPOINT_VALUES = ['是', '否', '不涉及'] as const;

export interface FormField {
  key: string;
  label: string;
  help?: string;
  kind: FieldKind;
  options?: string[];
  /** defaults to true for a checkpoint, false for the others */
  required?: boolean;
  confidential?: boolean;
  problemWhen?: unknown;
  problemCategory?: string;
}
export interface FormSection { title: string; fields: FormField[] }
export interface FormDefinition { key: string; version: number; title: string; description?: string; sections: FormSection[] }

export type Answers = Record<string, unknown>;
export type FieldErrors = Record<string, string>;

export const isRequired = (f: FormField) => f.required ?? f.kind === 'checkpoint';
