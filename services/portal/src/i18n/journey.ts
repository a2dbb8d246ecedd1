import { certificateEn, findingsEn, questionnaireEn, uploadEn } from './en.journey';
import { certificateFr, findingsFr, questionnaireFr, uploadFr } from './fr.journey';
import { addStrings } from './i18n';

// The journey's pages (questionnaire, files, findings, certificate) bring their own words.
addStrings({
  fr: { questionnaire: questionnaireFr, upload: uploadFr, findings: findingsFr, certificate: certificateFr },
  en: { questionnaire: questionnaireEn, upload: uploadEn, findings: findingsEn, certificate: certificateEn },
});
