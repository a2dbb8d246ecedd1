import { addStrings } from './i18n';
import { trainingEn } from './training.en';
import { trainingFr } from './training.fr';
import { trainingRecordsEn } from './training-records.en';
import { trainingRecordsFr } from './training-records.fr';
import { trainingExchangesEn } from './training-exchanges.en';
import { trainingExchangesFr } from './training-exchanges.fr';

// The individuals' line's pages bring their own words (the first script stays without them).
addStrings({
  fr: { training: { ...trainingFr, ...trainingRecordsFr, ...trainingExchangesFr } },
  en: { training: { ...trainingEn, ...trainingRecordsEn, ...trainingExchangesEn } },
});
