import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxModule, handle, rpcHandlers } from '@certhub/platform';
import { RenderingModule } from '../rendering/rendering.module';
import { LayoutsModule } from '../layouts/layouts.module';
import { CredentialAttachment } from '../pdfs/credential-attachment';
import { DownloadIndividualPdf } from './download-individual-pdf/download-individual-pdf.usecase';
import { GetIndividualCertificate } from './get-individual-certificate/get-individual-certificate.usecase';
import { GetIndividualCredential } from './get-individual-credential/get-individual-credential.usecase';
import { IndividualCertificateRecord, IndividualCertificateSchema } from './individual-certificate.schema';
import { IndividualCertificateRepository } from './individual-certificate.repository';
import { IndividualEventsConsumer } from './individual-events.consumer';
import { IndividualFilesController } from './individual-files.controller';
import { IndividualTemplate } from './individual-template';
import { IssueIndividualCertificate } from './issue-individual-certificate/issue-individual-certificate.usecase';
import { PRINT_MODEL, PrintAllowance, PrintCountSchema } from './print-allowance/print-allowance';
import { ListIndividualCertificates } from './list-individual-certificates/list-individual-certificates.usecase';
import { VerifyIndividualCertificate } from './verify-individual-certificate/verify-individual-certificate.usecase';
import { WithdrawIndividualCertificate } from './withdraw-individual-certificate/withdraw-individual-certificate.usecase';

const IndividualController = rpcHandlers(
  handle('certificate.individual.list', ListIndividualCertificates),
  handle('certificate.individual.get', GetIndividualCertificate),
  handle('certificate.individual.credential', GetIndividualCredential),
  handle('certificate.individual.withdraw', WithdrawIndividualCertificate),
  handle('certificate.individual.verify', VerifyIndividualCertificate),
);

/**
 * Individual certificates: issued from the jury's `certified` decision, printed, read by the
 * candidate's training network and certifier (with the person's credential), withdrawn by the certifier, verified publicly by number.
 */
@Module({
  imports: [
    OutboxModule.forFeature([
      { name: IndividualCertificateRecord.name, schema: IndividualCertificateSchema },
    ]),
    MongooseModule.forFeature([{ name: PRINT_MODEL, schema: PrintCountSchema }]),
    RenderingModule,
    LayoutsModule,
  ],
  controllers: [IndividualController, IndividualFilesController],
  providers: [
    IndividualCertificateRepository,
    IndividualTemplate,
    IssueIndividualCertificate,
    CredentialAttachment,
    IndividualEventsConsumer,
    ListIndividualCertificates,
    GetIndividualCertificate,
    GetIndividualCredential,
    WithdrawIndividualCertificate,
    VerifyIndividualCertificate,
    DownloadIndividualPdf,
    PrintAllowance,
  ],
})
export class IndividualModule {}
