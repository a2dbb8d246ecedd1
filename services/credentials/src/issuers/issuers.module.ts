import { Module } from '@nestjs/common';
import { OutboxModule, SERVICE_CONFIG, handle, rpcHandlers } from '@certhub/platform';
import type { CredentialsConfig } from '../config';
import { IssuerKms } from '../kms/issuer-kms';
import { LocalKms } from '../kms/local-kms';
import { CertificationBodiesConsumer } from './create-issuer-key/certification-bodies.consumer';
import { GetDidDocument } from './get-did-document/get-did-document.usecase';
import { IssuerIdentity } from './issuer-identity';
import { IssuerKey, IssuerKeySchema } from './issuer-key.schema';
import { IssuerKeysRepository } from './issuer-keys.repository';
import { RotateIssuerKey } from './rotate-issuer-key/rotate-issuer-key.usecase';

const IssuersController = rpcHandlers(
  handle('credentials.did.get', GetDidDocument),
  handle('credentials.issuer-keys.rotate', RotateIssuerKey),
);

/** Each CB as an issuer: its keys (through the KMS) and its did:web document. */
@Module({
  imports: [OutboxModule.forFeature([{ name: IssuerKey.name, schema: IssuerKeySchema }])],
  controllers: [IssuersController],
  providers: [
    {
      provide: IssuerKms,
      useFactory: (c: CredentialsConfig) => new LocalKms(c.CREDENTIALS_KMS_KEY),
      inject: [SERVICE_CONFIG],
    },
    {
      provide: IssuerIdentity,
      useFactory: (c: CredentialsConfig) => new IssuerIdentity(c.PUBLIC_URL),
      inject: [SERVICE_CONFIG],
    },
    IssuerKeysRepository,
    GetDidDocument,
    RotateIssuerKey,
    CertificationBodiesConsumer,
  ],
  exports: [IssuerKms, IssuerIdentity, IssuerKeysRepository],
})
export class IssuersModule {}
