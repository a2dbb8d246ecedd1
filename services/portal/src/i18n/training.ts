import { addStrings } from './i18n';
import { trainingEn } from './training.en';
import { trainingFr } from './training.fr';
import { trainingRecordsEn } from './training-records.en';
import { trainingRecordsFr } from './training-records.fr';

// The individuals' line's pages bring their own words (the first script stays without them).
addStrings({
  fr: { training: { ...trainingFr, ...trainingRecordsFr } },
  en: { training: { ...trainingEn, ...trainingRecordsEn } },
});
