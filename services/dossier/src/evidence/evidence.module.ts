import { Global, Module } from '@nestjs/common';
import { SchemesModule } from '../schemes/schemes.module';
import { DocumentContexts } from './document-contexts';
import { DocumentReferences } from './document-references';
import { QuestionnaireAnswers } from './questionnaire-answers';

/**
 * Documents as evidence: the upload contexts of what the dossier service owns, and the check of
 * every document id it records. Global, like the lifecycle core, so that every feature reaches it
 * without importing another feature.
 */
@Global()
@Module({
  imports: [SchemesModule],
  providers: [DocumentContexts, DocumentReferences, QuestionnaireAnswers],
  exports: [DocumentContexts, DocumentReferences, QuestionnaireAnswers],
})
export class EvidenceModule {}
