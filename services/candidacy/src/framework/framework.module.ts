import { GetFramework } from './get-framework/get-framework.usecase';
import { FrameworkController } from './framework.controller';
import { Module } from '@nestjs/common';

@Module({
  controllers: [FrameworkController],
  providers: [GetFramework],
})
export class FrameworkModule {}
