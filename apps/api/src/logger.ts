import pino from 'pino';

export const logger = pino({ name: 'sxgk-api', level: process.env.LOG_LEVEL ?? 'info' });
