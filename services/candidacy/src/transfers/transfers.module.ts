import { GetTransfer } from './get-transfer/get-transfer.usecase';
import { ListTransfers } from './list-transfers/list-transfers.usecase';
import { DecideTransfer } from './decide-transfer/decide-transfer.usecase';
import { RequestTransfer } from './request-transfer/request-transfer.usecase';
import { TransfersController } from './transfers.controller';
import { Module } from '@nestjs/common';
import { OutboxModule } from '@certhub/platform';
import { CandidacyModule } from '../candidacy/candidacy.module';
import { TransferLifecycle } from './transfer-lifecycle';
import { TransferRepository } from './transfer.repository';
import { TRANSFER_MODEL, TransferSchema } from './transfer.schema';

/** Transfer requests between establishments, decided by the candidate's certifier. */
@Module({
  imports: [CandidacyModule, OutboxModule.forFeature([{ name: TRANSFER_MODEL, schema: TransferSchema }])],
  controllers: [TransfersController],
  providers: [
    TransferRepository,
    TransferLifecycle,
    GetTransfer,
    ListTransfers,
    DecideTransfer,
    RequestTransfer,
  ],
})
export class TransfersModule {}
