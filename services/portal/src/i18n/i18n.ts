import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fr } from './fr';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

// The language is a preference, not a secret: it survives a reload (tokens never do).
const STORAGE_KEY = 'certhub.language';

export function storedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'fr';
}

/**
 * French is in the first script; English loads on demand (most readers never need it, and the first
 * visit's budget is tight). Starts in French and resolves once `language` is ready and current.
 */
export async function initI18n(language: Language = storedLanguage()) {
  void i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr } },
    lng: 'fr',
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  for (const bundle of later) addBundle(bundle);
  document.documentElement.lang = 'fr';
  if (language !== 'fr') await changeLanguage(language, { remember: false });
  return i18next;
}

// The page bundles (addStrings) hold both languages; only the main English strings wait.
const loaded = new Set<Language>(['fr']);

async function loadLanguage(language: Language): Promise<void> {
  if (loaded.has(language)) return;
  const { en } = await import('./en');
  // Deep-merged: the bundles of pages already loaded stay.
  i18next.addResourceBundle(language, 'translation', en, true, false);
  loaded.add(language);
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

export async function changeLanguage(language: Language, { remember = true } = {}): Promise<void> {
  if (remember) globalThis.localStorage?.setItem(STORAGE_KEY, language);
  await loadLanguage(language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}
