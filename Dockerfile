# One image for api and worker; the console is built into it and served by the api.
FROM node:20-bookworm-slim
RUN npm i -g pnpm
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @sxgk/console build
ENV NODE_ENV=production
