import { createDb } from '../client.ts';
import { DATABASE_URL } from '../config.ts';
import { ensureDatabase } from '../ensure-database.ts';
import { migrate } from '../migrate.ts';
import { seedDemo } from '../seed/seed.ts';

// `pnpm --filter @sxgk/db seed`: migrate and seed the demo city when the database is empty.
await ensureDatabase(DATABASE_URL);
const { db } = createDb();
await migrate(db);
console.log((await seedDemo(db)) ? '已写入演示数据' : '数据库已有数据，未重复写入');
await db.destroy();
