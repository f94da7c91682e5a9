// Defaults point at the local services so a fresh clone runs without any configuration.
export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sxgk';
