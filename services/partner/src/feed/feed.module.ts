import { Module } from '@nestjs/common';
import { PartnersModule } from '../partners/partners.module';
import { FeedController } from './feed.controller';
import { FeedStream } from './feed-stream';
import { ReadFeed } from './read-feed/read-feed.usecase';

@Module({
  imports: [PartnersModule],
  controllers: [FeedController],
  providers: [FeedStream, ReadFeed],
  exports: [FeedStream],
})
export class FeedModule {}
