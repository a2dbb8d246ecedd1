import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { handle, rpcHandlers } from '@certhub/platform';
import { IssuersModule } from '../issuers/issuers.module';
import { ChangeCredentialStatus } from '../status-lists/change-credential-status/change-credential-status.usecase';
import { GetStatusList } from '../status-lists/get-status-list/get-status-list.usecase';
import { StatusList, StatusListSchema } from '../status-lists/status-list.schema';
import { StatusListPublisher } from '../status-lists/status-list-publisher';
import { StatusListsRepository } from '../status-lists/status-lists.repository';
import { CertificateEventsConsumer } from './certificate-events.consumer';
import { Credential, CredentialSchema } from './credential.schema';
import { CredentialSigner } from './credential-signer';
import { CredentialsRepository } from './credentials.repository';
import { GetCredential } from './get-credential/get-credential.usecase';
import { GetCredentialByNumber } from './get-credential-by-number/get-credential-by-number.usecase';
import { IssueCredential } from './issue-credential/issue-credential.usecase';

const CredentialsController = rpcHandlers(
  handle('credentials.credential.get', GetCredential),
  handle('credentials.status-list.get', GetStatusList),
  handle('credentials.verify.number', GetCredentialByNumber),
);

/** Credentials and their status lists: one module, since a list is rendered from the credentials' flags. */
@Module({
  imports: [
    IssuersModule,
    MongooseModule.forFeature([
      { name: Credential.name, schema: CredentialSchema },
      { name: StatusList.name, schema: StatusListSchema },
    ]),
  ],
  controllers: [CredentialsController],
  providers: [
    CredentialsRepository,
    StatusListsRepository,
    CredentialSigner,
    StatusListPublisher,
    IssueCredential,
    GetCredential,
    GetCredentialByNumber,
    GetStatusList,
    ChangeCredentialStatus,
    CertificateEventsConsumer,
  ],
})
export class CredentialsModule {}
