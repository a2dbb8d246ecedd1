import type { DynamicModule, ModuleMetadata, Type } from '@nestjs/common';
import { PlatformModule } from '../platform.module';
import { platformOptionsFromEnv } from './platform-options';

/**
 * A service's root module: the platform first (config, logs, health, metrics, NATS, MongoDB, S3 as
 * the env gives them), so that every feature module finds its providers, then the service's features.
 */
export function serviceRoot(
  module: Type,
  service: string,
  config: Parameters<typeof platformOptionsFromEnv>[1],
  features: NonNullable<ModuleMetadata['imports']>,
  extras?: Parameters<typeof platformOptionsFromEnv>[2],
): DynamicModule {
  return {
    module,
    imports: [PlatformModule.forRoot(platformOptionsFromEnv(service, config, extras)), ...features],
  };
}
