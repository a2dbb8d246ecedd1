import { Module } from '@nestjs/common';
import { CertificationModule } from '../certification/certification.module';
import { SchemesModule } from '../schemes/schemes.module';
import { DecisionsController } from './decisions.controller';
import { ListDecisions } from './list-decisions/list-decisions.usecase';
import { RecordDecision } from './record-decision/record-decision.usecase';

@Module({
  imports: [CertificationModule, SchemesModule],
  controllers: [DecisionsController],
  providers: [RecordDecision, ListDecisions],
})
export class DecisionsModule {}
