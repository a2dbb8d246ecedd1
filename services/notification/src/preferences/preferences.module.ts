import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { GetPreferences } from './get-preferences/get-preferences.usecase';
import { PreferenceRepository } from './preference.repository';
import { Preference, PreferenceSchema } from './preference.schema';
import { PreferencesController } from './preferences.controller';
import { UpdatePreferences } from './update-preferences/update-preferences.usecase';

@Module({
  imports: [MongooseModule.forFeature([{ name: Preference.name, schema: PreferenceSchema }])],
  controllers: [PreferencesController],
  providers: [PreferenceRepository, GetPreferences, UpdatePreferences],
  exports: [PreferenceRepository],
})
export class PreferencesModule {}
