import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { FindingsModule } from '../findings/findings.module';
import { ComputeLeadTimes } from './compute-lead-times/compute-lead-times.usecase';
import { LeadTimesController } from './lead-times.controller';

@Module({
  imports: [DossiersModule, FindingsModule],
  controllers: [LeadTimesController],
  providers: [ComputeLeadTimes],
  exports: [ComputeLeadTimes],
})
export class LeadTimesModule {}
