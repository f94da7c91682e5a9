import type { ColumnType, Generated } from 'kysely';

// Tables of migration 0003: department plugins, their forms, and where plugin items came from. camelCase as in schema.ts.
type Created = ColumnType<Date, Date | string | undefined, never>;
type Json<T = unknown> = ColumnType<T, string, string>;

export interface PluginInstallationTable {
  departmentId: number;
  pluginId: string;
  version: string;
  enabled: Generated<boolean>;
  enabledAt: Date | null;
  disabledAt: Date | null;
}
export interface FormTable {
  id: Generated<number>;
  pluginId: string;
  formKey: string;
  version: number;
  title: Generated<string>;
  definition: Json;
  used: Generated<boolean>;
  createdAt: Created;
}
export interface ItemFormTable {
  itemId: number;
  formId: number;
}
export interface PluginItemKeyTable {
  itemId: number;
  pluginId: string;
  itemKey: string;
  pluginVersion: string;
  entityTags: Generated<string[]>;
  delivered: Json;
}

export interface PluginTables {
  pluginInstallations: PluginInstallationTable;
  forms: FormTable;
  itemForms: ItemFormTable;
  pluginItemKeys: PluginItemKeyTable;
}
