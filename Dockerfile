# syntax=docker/dockerfile:1
# The news-briefing bot. Two stages: dependencies are installed (and better-sqlite3 compiled when no
# prebuilt binary fits) in the first; the second holds only the production node_modules, the sources,
# prompts and sample stories, and runs as the unprivileged `node` user. Build: docker build -t briefing .

FROM node:22-bookworm-slim AS deps
WORKDIR /app
# better-sqlite3 falls back to building from source, which needs these.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    BRIEFING_DB=/data/briefing.sqlite \
    BRIEFING_SEEDS=/app/seeds
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY prompts ./prompts
COPY seeds ./seeds
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# /healthz answers 200 while the store answers (503 otherwise), in every mode.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form, no shell: SIGTERM from `docker stop` reaches node itself, which finishes posts in flight.
CMD ["node", "--import", "tsx", "src/main.ts"]
