import { Module } from '@nestjs/common';
import { OutboxModule } from '@certhub/platform';
import { CertificationBodiesController } from './certification-bodies.controller';
import { CertificationBodyRepository } from './certification-body.repository';
import { CertificationBody, CertificationBodySchema } from './certification-body.schema';
import { CreateCertificationBody } from './create-certification-body/create-certification-body.usecase';
import { ListCertificationBodies } from './list-certification-bodies/list-certification-bodies.usecase';

@Module({
  // Its creation event rides in the document's outbox: the credentials service makes the CB's issuer key from it.
  imports: [OutboxModule.forFeature([{ name: CertificationBody.name, schema: CertificationBodySchema }])],
  controllers: [CertificationBodiesController],
  providers: [CertificationBodyRepository, CreateCertificationBody, ListCertificationBodies],
  exports: [CertificationBodyRepository],
})
export class CertificationBodiesModule {}
