import { Prop } from '@nestjs/mongoose';
import type { StatusPurpose } from '@certhub/contracts';
import { Collection, collectionSchema, Required, TenantRecord } from '@certhub/platform';

/**
 * The signed status list credential of one CB and purpose, as last rendered. `revision` counts the
 * changes asked; a rendering is stored only over an older one, so concurrent renderings converge
 * on the newest state whatever order they finish in.
 *
 * `_id` is `<cbId>:<purpose>`; `tenantId` the certification body.
 */
@Collection('status_lists')
export class StatusList extends TenantRecord {
  @Required({ type: String }) purpose!: StatusPurpose;
  @Required({ default: 0 }) revision!: number;
  @Required({ default: -1 }) renderedRevision!: number;
  @Prop() jwt?: string;
}

export const StatusListSchema = collectionSchema(StatusList, { tenantScoped: true });
