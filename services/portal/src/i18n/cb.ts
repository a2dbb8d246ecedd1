import { cbEn } from './cb.en';
import { cbFr } from './cb.fr';
import { addStrings } from './i18n';

// The certification body's pages bring their own words (the first script stays the applicant's).
addStrings({ fr: { cb: cbFr }, en: { cb: cbEn } });
