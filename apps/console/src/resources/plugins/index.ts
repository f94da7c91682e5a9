import ExtensionIcon from '@mui/icons-material/Extension';
import { PluginList } from './List';

// 插件管理: department plugins (item lists and inspection forms delivered as a package).
export default {
  name: 'plugins',
  list: PluginList,
  icon: ExtensionIcon,
  recordRepresentation: (r: { id: string; displayName?: Record<string, string> }) => r.displayName?.['zh-CN'] ?? r.id,
};
