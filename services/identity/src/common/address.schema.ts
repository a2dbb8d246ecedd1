import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { AddressSchema } from '@certhub/contracts';
import type { z } from 'zod';

export type Address = z.infer<typeof AddressSchema>;

/** A postal address embedded in organisations, sites and CBs (no `_id`: it is a value). */
@Schema({ _id: false, versionKey: false })
export class AddressDoc {
  @Prop({ required: true })
  line1!: string;

  @Prop()
  line2?: string;

  @Prop({ required: true })
  postalCode!: string;

  @Prop({ required: true })
  city!: string;

  @Prop({ required: true, default: 'FR' })
  country!: string;
}

export const AddressDocSchema = SchemaFactory.createForClass(AddressDoc);

/** The address as the contracts expect it: no empty optional fields, no database extras. */
export function toAddress(address: Address): Address {
  return {
    line1: address.line1,
    ...(address.line2 ? { line2: address.line2 } : {}),
    postalCode: address.postalCode,
    city: address.city,
    country: address.country,
  };
}
