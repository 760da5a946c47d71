import 'i18next';
import type en from './en.json';

// Makes every `t('...')` key checked against the English resources at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
