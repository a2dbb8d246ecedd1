import { Module } from '@nestjs/common';
import { DashboardModule } from '../dashboard/dashboard.module';
import { DossiersModule } from '../dossiers/dossiers.module';
import { FindingsModule } from '../findings/findings.module';
import { LeadTimesModule } from '../lead-times/lead-times.module';
import { ExportController } from './export.controller';

/** The statistics workbook, served to the gateway over internal HTTP. */
@Module({
  imports: [DashboardModule, DossiersModule, FindingsModule, LeadTimesModule],
  controllers: [ExportController],
})
export class ExportModule {}
