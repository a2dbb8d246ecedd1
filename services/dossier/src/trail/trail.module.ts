import { Module } from '@nestjs/common';
import { GetTrail } from './get-trail/get-trail.usecase';
import { TrailController } from './trail.controller';

@Module({ controllers: [TrailController], providers: [GetTrail] })
export class TrailModule {}
