// The form definition as the plugin SDK declares it and the API stores it: the console renders
// exactly the form the server validates against.
export { CHECKPOINT_VALUES, isRequired, type FieldKind, type FormDefinition, type FormField, type FormSection } from '@sxgk/plugin-sdk/form-types';

export type Answers = Record<string, unknown>;
export type FieldErrors = Record<string, string>;
