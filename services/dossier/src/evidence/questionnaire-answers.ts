import { Injectable } from '@nestjs/common';
import { validateAnswers, type Answers, type DocumentReference, type Scheme } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { assertComplete } from '../dossiers/missing-answers';
import type { DossierView } from '../lifecycle/dossier.schema';
import { SchemeService } from '../schemes/scheme.service';
import { answerReferences } from './answer-references';
import { DocumentReferences } from './document-references';

/** The checks of a dossier's questionnaire answers against its scheme version, and of their documents. */
@Injectable()
export class QuestionnaireAnswers {
  constructor(
    private readonly schemes: SchemeService,
    private readonly documents: DocumentReferences,
  ) {}

  scheme(dossier: DossierView): Promise<Scheme> {
    return this.schemes.get(dossier.schemeId, dossier.schemeVersion);
  }

  /**
   * Answers given before a submission (a draft save, a finding's corrected answer): refused with
   * `invalid` and one error per answer unless valid for the dossier's scheme version, then each
   * document checked against its question's upload context (named `field` in a refusal, when given).
   */
  async requireValid(dossier: DossierView, answers: Answers, invalid: string, field?: string): Promise<void> {
    const scheme = await this.scheme(dossier);
    const errors = validateAnswers(scheme.questionnaire, answers);
    if (errors.length) throw new DomainError('validation_failed', invalid, errors);
    const references = answerReferences(dossier, scheme, answers);
    await this.documents.require(field ? references.map((r) => ({ ...r, field })) : references);
  }

  /**
   * A submission, first or after corrections: refused unless every shown required question of `sent`
   * is answered. What is sent is evidence: the documents of `sent`, and `more`, are checked again (one
   * may have been deleted since its save) and frozen with the questionnaire.
   */
  async requireSubmittable(
    dossier: DossierView,
    scheme: Scheme,
    sent: Answers,
    more: DocumentReference[] = [],
  ): Promise<void> {
    assertComplete(scheme.questionnaire, sent);
    await this.documents.require(
      [...answerReferences(dossier, scheme, sent), ...more],
      `dossier:${dossier._id}:questionnaire`,
    );
  }
}
