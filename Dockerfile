# One image for api and worker; the console is built into it and served by the api.
FROM node:20-bookworm-slim
RUN npm i -g pnpm
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @sxgk/console build
ENV NODE_ENV=production
# glibc backs large buffers (a draw's snapshot is 20 MB per million entities) with huge pages:
# a fresh process then takes ~500× fewer page faults filling them (docs/plans-tasks-draws.md)
ENV GLIBC_TUNABLES=glibc.malloc.hugetlb=1
