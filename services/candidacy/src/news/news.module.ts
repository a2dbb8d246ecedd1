import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { handle, rpcHandlers } from '@certhub/platform';
import { HabilitationsModule } from '../habilitations/habilitations.module';
import { NEWS_MODEL, NewsSchema } from './news.schema';
import { ListNews, PublishNews } from './news.usecases';

const NewsController = rpcHandlers(
  handle('candidacy.news.publish', PublishNews),
  handle('candidacy.news.list', ListNews),
);

/** The home dashboard's news, published by the certifiers and the platform. */
@Module({
  imports: [HabilitationsModule, MongooseModule.forFeature([{ name: NEWS_MODEL, schema: NewsSchema }])],
  controllers: [NewsController],
  providers: [PublishNews, ListNews],
})
export class NewsModule {}
