import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CountFindingsByRequirement } from './count-findings-by-requirement/count-findings-by-requirement.usecase';
import { FindingRepository } from './finding.repository';
import { Finding, FindingSchema } from './finding.schema';
import { FindingsController } from './findings.controller';
import { ListOverdueFindings } from './list-overdue-findings/list-overdue-findings.usecase';

@Module({
  imports: [MongooseModule.forFeature([{ name: Finding.name, schema: FindingSchema }])],
  controllers: [FindingsController],
  providers: [FindingRepository, CountFindingsByRequirement, ListOverdueFindings],
  exports: [FindingRepository, CountFindingsByRequirement, ListOverdueFindings],
})
export class FindingsModule {}
