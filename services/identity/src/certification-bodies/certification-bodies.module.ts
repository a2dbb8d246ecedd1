import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CertificationBodiesController } from './certification-bodies.controller';
import { CertificationBodyRepository } from './certification-body.repository';
import { CertificationBody, CertificationBodySchema } from './certification-body.schema';
import { CreateCertificationBody } from './create-certification-body/create-certification-body.usecase';
import { ListCertificationBodies } from './list-certification-bodies/list-certification-bodies.usecase';

@Module({
  imports: [MongooseModule.forFeature([{ name: CertificationBody.name, schema: CertificationBodySchema }])],
  controllers: [CertificationBodiesController],
  providers: [CertificationBodyRepository, CreateCertificationBody, ListCertificationBodies],
  exports: [CertificationBodyRepository],
})
export class CertificationBodiesModule {}
