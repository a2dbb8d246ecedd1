import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { fr } from './fr';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

// The language is a preference, not a secret: it survives a reload (tokens never do).
const STORAGE_KEY = 'certhub.language';

export function storedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'fr';
}

export function initI18n(language: Language = storedLanguage()) {
  void i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: language,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  for (const bundle of later) addBundle(bundle);
  document.documentElement.lang = language;
  return i18next;
}

type Bundle = Record<Language, Record<string, unknown>>;
const later: Bundle[] = [];
const addBundle = (bundle: Bundle) => {
  for (const language of LANGUAGES)
    i18next.addResourceBundle(language, 'translation', bundle[language], true, true);
};

/**
 * Strings that load with the pages using them rather than with the first script (the budget of the
 * first visit): registered once when their chunk loads, and kept across a re-initialisation.
 */
export function addStrings(bundle: Bundle): void {
  later.push(bundle);
  if (i18next.isInitialized) addBundle(bundle);
}

export async function changeLanguage(language: Language): Promise<void> {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}
