import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * Organisation id → SIREN, learnt from `organisation.registered` and certificate events: dossier
 * events name the organisation only, and SIREN-scoped subscriptions need its SIREN. Platform
 * reference data (a SIREN is public), so not tenant-scoped.
 */
@Schema({ collection: 'organisation_sirens', versionKey: false })
export class OrganisationSiren {
  /** The organisation id. */
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  siren!: string;
}

export const OrganisationSirenSchema = SchemaFactory.createForClass(OrganisationSiren);
