// The console part of a plugin (console.tsx). Typed without React so this SDK file stays server-safe;
// components are whatever react-admin accepts.
type Component = (props: any) => unknown;

export interface ConsoleResource {
  /** react-admin resource name; the API answers it under /api/plugins/<id>/... via the plugin's routes */
  name: string;
  list?: Component;
  show?: Component;
  edit?: Component;
  create?: Component;
  icon?: Component;
  options?: Record<string, unknown>;
}
export interface ConsolePage {
  path: string;
  element: Component;
}
export interface ConsolePart {
  id: string;
  /** merged into the console's polyglot messages under plugins.<id> */
  messages: { 'zh-CN': Record<string, unknown>; en: Record<string, unknown> };
  resources?: ConsoleResource[];
  pages?: ConsolePage[];
}

export function defineConsole(part: ConsolePart): ConsolePart {
  return Object.freeze(part);
}
