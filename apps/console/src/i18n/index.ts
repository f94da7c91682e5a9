import polyglotI18nProvider from 'ra-i18n-polyglot';
import { zh } from './zh';
import { en } from './en';

// Polyglot's Chinese rule always picks the first form of "one |||| many"; the console uses the second
// form for list titles and menus (抽查事项 |||| 抽查事项清单), so both locales count one vs. many.
const pluralRules = {
  pluralTypes: { oneOther: (n: number) => (n === 1 ? 0 : 1) },
  pluralTypeToLanguages: { oneOther: ['zh', 'en'] },
};

// Chinese by default; English from the app bar's language menu (the choice is remembered).
export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? en : zh),
  'zh',
  [
    { locale: 'zh', name: '简体中文' },
    { locale: 'en', name: 'English' },
  ],
  { pluralRules },
);
