import { Module } from '@nestjs/common';
import { Brands } from './brands';
import { NotificationTemplates } from './notification-templates';

@Module({ providers: [NotificationTemplates, Brands], exports: [NotificationTemplates, Brands] })
export class TemplatesModule {}
