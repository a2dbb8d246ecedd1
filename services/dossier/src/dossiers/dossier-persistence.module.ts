import { Module, type OnModuleInit } from '@nestjs/common';
import { InjectModel, MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@certhub/platform';
import type { Model } from 'mongoose';
import { DossierRepository } from './dossier.repository';
import { DOSSIER_MODEL, DossierSchema, type DossierView } from './dossier.schema';
import { SequenceRepository } from './sequence.repository';
import { SEQUENCE_MODEL, SequenceSchema } from './sequence.schema';

/** Dossier events live in the dossier documents' outbox; the platform's relay publishes them. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: DOSSIER_MODEL, schema: DossierSchema },
      { name: SEQUENCE_MODEL, schema: SequenceSchema },
    ]),
  ],
  providers: [DossierRepository, SequenceRepository],
  exports: [DossierRepository, SequenceRepository, MongooseModule],
})
export class DossierPersistenceModule implements OnModuleInit {
  constructor(
    private readonly relay: OutboxRelay,
    @InjectModel(DOSSIER_MODEL) private readonly model: Model<DossierView>,
  ) {}

  onModuleInit(): void {
    this.relay.watch(this.model);
  }
}
