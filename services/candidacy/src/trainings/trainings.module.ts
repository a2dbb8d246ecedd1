import { Module } from '@nestjs/common';
import { handle, rpcHandlers } from '@certhub/platform';
import { CandidacyModule } from '../candidacy/candidacy.module';
import { EditTraining } from './edit-training/edit-training.usecase';
import { ListTrainings } from './list-trainings/list-trainings.usecase';
import { RecordTraining } from './record-training/record-training.usecase';

const TrainingsController = rpcHandlers(
  handle('candidacy.trainings.record', RecordTraining),
  handle('candidacy.trainings.edit', EditTraining),
  handle('candidacy.trainings.list', ListTrainings),
);

/** The candidates' trainings between evaluations, kept on the candidacy. */
@Module({
  imports: [CandidacyModule],
  controllers: [TrainingsController],
  providers: [RecordTraining, EditTraining, ListTrainings],
})
export class TrainingsModule {}
