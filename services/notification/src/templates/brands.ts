import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@certhub/platform';
import type { Brand, NotificationConfig } from '../config';

/**
 * The look of a mail: the certification body's brand when the event names one that has a brand,
 * else the scheme's, else the platform's. Brands are configuration (MAIL_BRANDING) for now.
 */
@Injectable()
export class Brands {
  private readonly platform: Brand;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: NotificationConfig) {
    this.platform = config.MAIL_BRANDING.default ?? {
      name: 'certhub',
      colour: '#1f4e79',
      logoUrl: `${config.PUBLIC_PORTAL_URL}/assets/certhub-logo.png`,
    };
  }

  for(scope: { cbId?: string; schemeId?: string }): Brand {
    const { cbs, schemes } = this.config.MAIL_BRANDING;
    return (
      (scope.cbId ? cbs[scope.cbId] : undefined) ??
      (scope.schemeId ? schemes[scope.schemeId] : undefined) ??
      this.platform
    );
  }
}
