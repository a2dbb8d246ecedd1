# syntax=docker/dockerfile:1
#
# One image recipe for every certhub service; the service is chosen at build time.
# Build context is the repository root.
#
#   docker build -f infra/docker/service.Dockerfile --build-arg SERVICE=gateway -t certhub/gateway .
#
# SERVICE is one of: gateway identity dossier document notification certificate analytics partner.
#
# The certificate service renders PDFs with Chromium, which the other services must not carry.
# Build it with the extra `certificate` target (same runtime plus chromium and fonts):
#
#   docker build -f infra/docker/service.Dockerfile --build-arg SERVICE=certificate \
#     --target certificate -t certhub/certificate .
#
# The gateway also serves the web portal (same origin as the API): build it with `--target gateway`,
# which adds the built portal to the plain runtime:
#
#   docker build -f infra/docker/service.Dockerfile --build-arg SERVICE=gateway --target gateway -t certhub/gateway .
#
# `--target portal` is the portal alone as static files (non-root nginx) for a setup that puts its
# own proxy in front of the portal and the gateway; see infra/docker/portal.nginx.conf.
#
# Without --target the last stage (`service`, the plain runtime) is built.
# The container listens on HTTP_PORT=3000 (set below, also for the gateway whose own default is
# 8080) and serves /healthz, /readyz and /metrics there.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------------
# deps: the whole workspace's dependencies (dev included, the build needs swc), from the lockfile.
# Only manifests are copied so this layer stays cached until a dependency changes. npm workspaces
# need every workspace's package.json to install.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/contracts/package.json libs/contracts/
COPY libs/platform/package.json libs/platform/
COPY libs/testing/package.json libs/testing/
COPY services/analytics/package.json services/analytics/
COPY services/certificate/package.json services/certificate/
COPY services/document/package.json services/document/
COPY services/dossier/package.json services/dossier/
COPY services/gateway/package.json services/gateway/
COPY services/identity/package.json services/identity/
COPY services/notification/package.json services/notification/
COPY services/partner/package.json services/partner/
COPY services/portal/package.json services/portal/
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund

# ---------------------------------------------------------------------------------------------
# build: swc compiles libs/ and services/ into dist/ (@certhub/* imports become relative paths
# into dist/libs) and vite builds the portal into dist/services/portal, then dev dependencies are
# dropped. The workspace links in
# node_modules/@certhub point at sources that the runtime image does not contain, and nothing
# resolves through them after compilation, so they are removed too.
FROM deps AS build
COPY .swcrc.json tsconfig.base.json tsconfig.json nx.json ./
COPY libs libs
COPY services services
RUN npm run build \
    && npm prune --omit=dev --no-audit --no-fund \
    && rm -rf node_modules/@certhub

# ---------------------------------------------------------------------------------------------
# runtime: compiled code of one service + shared libs, production node_modules, package.json.
FROM ${NODE_IMAGE} AS runtime
ARG SERVICE
ENV NODE_ENV=production \
    SERVICE=${SERVICE} \
    HTTP_PORT=3000
WORKDIR /app
RUN groupadd --gid 10001 certhub \
    && useradd --uid 10001 --gid 10001 --create-home --home-dir /home/certhub \
       --shell /usr/sbin/nologin certhub
# Files stay owned by root: the service only reads them (it writes nowhere but /tmp).
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/libs ./dist/libs
COPY --from=build /app/dist/services/${SERVICE} ./dist/services/${SERVICE}
RUN test -n "${SERVICE}" \
    && test -f "dist/services/${SERVICE}/src/main.js" \
    || { echo "build with --build-arg SERVICE=<gateway|identity|dossier|document|notification|certificate|analytics|partner>" >&2; exit 1; }
USER 10001:10001
EXPOSE 3000
# Slim images have no curl/wget: node's built-in fetch does the probe.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HTTP_PORT || 3000) + '/healthz', { signal: AbortSignal.timeout(3000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form cannot expand variables, so sh expands ${SERVICE} (an ENV baked from the ARG) and
# `exec` replaces itself with node, which then receives SIGTERM for the graceful shutdown.
CMD ["sh", "-c", "exec node dist/services/${SERVICE}/src/main.js"]

# ---------------------------------------------------------------------------------------------
# certificate: the runtime plus Chromium for puppeteer-core (select with --target certificate).
FROM runtime AS certificate
USER root
RUN test "${SERVICE}" = certificate \
    || { echo "the certificate target needs --build-arg SERVICE=certificate" >&2; exit 1; }
RUN apt-get update \
    && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
ENV CHROMIUM_PATH=/usr/bin/chromium
USER 10001:10001

# ---------------------------------------------------------------------------------------------
# gateway: the runtime plus the built portal, which the gateway serves (select with --target gateway).
FROM runtime AS gateway
RUN test "${SERVICE}" = gateway \
    || { echo "the gateway target needs --build-arg SERVICE=gateway" >&2; exit 1; }
COPY --from=build /app/dist/services/portal ./dist/services/portal

# ---------------------------------------------------------------------------------------------
# portal: the portal's static files alone, served by nginx as an unprivileged user.
FROM nginxinc/nginx-unprivileged:1.27-alpine AS portal
COPY infra/docker/portal.nginx.conf /etc/nginx/templates/default.conf.template
COPY --from=build /app/dist/services/portal /usr/share/nginx/html
ENV PORTAL_OIDC_AUTHORITY=http://keycloak:8081/realms/certhub \
    PORTAL_OIDC_ORIGIN=http://keycloak:8081 \
    PORTAL_OIDC_CLIENT_ID=certhub-portal
USER 101
EXPOSE 8080

# ---------------------------------------------------------------------------------------------
# service: the default (last) stage, i.e. the plain runtime for every other service.
FROM runtime AS service
