// Process configuration from the environment; defaults start a local demo with no setup.
export const config = {
  port: Number(process.env.PORT ?? 3000),
  host: process.env.HOST ?? '127.0.0.1',
  maxUploadBytes: Number(process.env.MAX_UPLOAD_MB ?? 256) * 1024 * 1024,
  /** Secure cookies need HTTPS; turn on behind a TLS proxy. */
  secureCookies: process.env.SECURE_COOKIES === 'true',
  corsOrigins: (process.env.CORS_ORIGINS ?? '').split(',').filter(Boolean),
};
