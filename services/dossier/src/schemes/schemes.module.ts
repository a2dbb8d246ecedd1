import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { GetScheme } from './get-scheme/get-scheme.usecase';
import { ListSchemes } from './list-schemes/list-schemes.usecase';
import { PublishScheme } from './publish-scheme/publish-scheme.usecase';
import { SchemeRepository } from './scheme.repository';
import { SchemeRecord, SchemeRecordSchema } from './scheme.schema';
import { SchemeSeeder } from './scheme.seeder';
import { SchemeService } from './scheme.service';
import { SchemesController } from './schemes.controller';

/** Schemes as data: seeded at start, published by the platform, read by the whole dossier service. */
@Module({
  imports: [MongooseModule.forFeature([{ name: SchemeRecord.name, schema: SchemeRecordSchema }])],
  controllers: [SchemesController],
  providers: [SchemeRepository, SchemeService, SchemeSeeder, ListSchemes, GetScheme, PublishScheme],
  exports: [SchemeService, GetScheme],
})
export class SchemesModule {}
