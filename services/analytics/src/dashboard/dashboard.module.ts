import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { FindingsModule } from '../findings/findings.module';
import { DashboardController } from './dashboard.controller';
import { GetDashboard } from './get-dashboard/get-dashboard.usecase';

@Module({
  imports: [DossiersModule, FindingsModule],
  controllers: [DashboardController],
  providers: [GetDashboard],
  exports: [GetDashboard],
})
export class DashboardModule {}
