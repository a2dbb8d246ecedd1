import 'reflect-metadata';
import { DomainError, RpcClient, bootstrapService } from '@certhub/platform';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import type { Server } from 'node:http';
import { AppModule } from './app.module';
import { certificatesConfig } from './certificates/certificates.config';
import { GatewayEnv } from './config';
import { OpenApiBuilder } from './http/openapi';
import { portalMiddleware } from './portal/portal-static';
import { answerClientErrorsWithProblems } from './problem/client-errors';

void bootstrapService({
  service: 'gateway',
  env: GatewayEnv,
  module: (config) => AppModule.forRoot(config),
  // Catalogue routes read their JSON body themselves, after authentication (json-body.ts); file
  // routes stream theirs.
  bodyParser: false,
  configure: (nest, config) => {
    const app = nest as NestExpressApplication;
    app.set('trust proxy', config.TRUST_PROXY_HOPS);
    // An idle client connection is closed by the client (or its load balancer, 60 s for the usual
    // ones) before the gateway closes it: otherwise a request sent on it just as the gateway closes
    // it is lost ("other side closed"), which clients do not retry for a POST.
    const server = app.getHttpServer() as Server;
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    answerClientErrorsWithProblems(server);
    app.use(
      helmet({
        // Swagger UI's own stylesheet sets inline styles; scripts stay 'self' only.
        contentSecurityPolicy: {
          directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
        },
      }),
    );
    app.use(
      portalMiddleware({
        dir: config.PORTAL_DIR,
        authority: config.PORTAL_OIDC_AUTHORITY ?? `${config.KEYCLOAK_URL}/realms/${config.KEYCLOAK_REALM}`,
        clientId: config.PORTAL_OIDC_CLIENT_ID,
        certificates: {
          find: (number) =>
            app
              .get(RpcClient)
              .call('certificate.verify.number', { number })
              .catch((error: unknown) => {
                if (error instanceof DomainError && error.code === 'not_found') return null;
                throw error;
              }),
          perMinute: certificatesConfig().PUBLIC_VERIFY_RATE_LIMIT_PER_MINUTE,
        },
      }),
    );
    const openapi = app.get(OpenApiBuilder);
    SwaggerModule.setup('api/docs', app, () => openapi.build() as never, {
      raw: false,
      swaggerOptions: { url: '/api/openapi.json' },
    });
  },
});
