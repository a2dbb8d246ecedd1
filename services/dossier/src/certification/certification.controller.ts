import { handle, rpcHandlers } from '@certhub/platform';
import { ChangeCertificateStatus } from './change-certificate-status';
import { DecideScopeChange } from './decide-scope-change/decide-scope-change.usecase';
import { OpenRenewal } from './open-renewal/open-renewal.usecase';
import { RenewalDocuments } from './renewal-documents/renewal-documents.usecase';
import { ReviewOnAppeal } from './review-on-appeal/review-on-appeal.usecase';
import { RequestScopeChange } from './request-scope-change/request-scope-change.usecase';

/** The certified dossier's NATS subjects, each answered by its use case. */
export const CertificationController = rpcHandlers(
  handle('dossier.certificates.suspend', ChangeCertificateStatus, 'suspend'),
  handle('dossier.certificates.reinstate', ChangeCertificateStatus, 'reinstate'),
  handle('dossier.certificates.withdraw', ChangeCertificateStatus, 'withdraw'),
  handle('dossier.renewals.open', OpenRenewal),
  handle('dossier.renewals.documents.submit', RenewalDocuments),
  handle('dossier.renewals.documents.review', RenewalDocuments, 'review'),
  handle('dossier.scope-changes.request', RequestScopeChange),
  handle('dossier.scope-changes.decide', DecideScopeChange),
  handle('dossier.appeals.review', ReviewOnAppeal),
);
