import { Module, type DynamicModule } from '@nestjs/common';
import { MongooseModule, getModelToken, type ModelDefinition } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { OutboxRelay, addOutbox, type WithOutbox } from './outbox';

/**
 * Registers aggregate models whose events go through an outbox, in one declaration:
 * `OutboxModule.forFeature([{ name, schema }])` adds the outbox to each schema, registers the
 * models with mongoose (exported like `MongooseModule.forFeature`) and has the platform's relay
 * watch them. Models without events stay with `MongooseModule.forFeature`.
 */
@Module({})
export class OutboxModule {
  static forFeature(models: ModelDefinition[]): DynamicModule {
    for (const { schema } of models) addOutbox(schema);
    const mongoose = MongooseModule.forFeature(models);
    return {
      module: OutboxModule,
      imports: [mongoose],
      providers: [
        {
          provide: `outbox:${models.map((m) => m.name).join(',')}`,
          inject: [OutboxRelay, ...models.map((m) => getModelToken(m.name))],
          useFactory: (relay: OutboxRelay, ...compiled: Model<WithOutbox>[]) => {
            for (const model of compiled) relay.watch(model);
            return compiled.length;
          },
        },
      ],
      exports: [mongoose],
    };
  }
}
