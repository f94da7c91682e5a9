import pino from 'pino';

export const logger = pino({ name: 'sxgk-worker', level: process.env.LOG_LEVEL ?? 'info' });
