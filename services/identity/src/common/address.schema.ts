import { Prop, SchemaFactory } from '@nestjs/mongoose';
import { Embedded, Required } from '@certhub/platform';
import type { AddressSchema } from '@certhub/contracts';
import type { z } from 'zod';

export type Address = z.infer<typeof AddressSchema>;

/** A postal address embedded in organisations, sites and CBs (no `_id`: it is a value). */
@Embedded()
export class AddressDoc {
  @Required() line1!: string;
  @Prop() line2?: string;
  @Required() postalCode!: string;
  @Required() city!: string;
  @Required({ default: 'FR' }) country!: string;
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
