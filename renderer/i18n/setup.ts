import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import { LANGUAGE_STORAGE_KEY, pickLanguage, type Language } from './language';
import zhCN from './zh-CN.json';

const resources = { en: { translation: en }, 'zh-CN': { translation: zhCN } } as const;

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The page's language and title (the desktop window's title) follow the chosen language. */
function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.title = i18next.t('app.name');
}

export function setupI18n(): void {
  i18next.on('languageChanged', applyToDocument);
  void i18next.use(initReactI18next).init({
    resources,
    lng: pickLanguage(readStoredLanguage(), navigator.languages),
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes already
  });
}

export function changeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode); the choice still applies to this session.
  }
  void i18next.changeLanguage(language);
}
