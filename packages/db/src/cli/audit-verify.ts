import { createDb } from '../client.ts';
import { verifyAuditChain } from '../audit-verify.ts';

// `pnpm audit:verify`: exit 0 when the chain holds, 1 naming the first broken entry.
const { db } = createDb(process.argv[2]);
const verdict = await verifyAuditChain(db);
await db.destroy();
if (verdict.ok) {
  console.log(`OK 审计链完整，共 ${verdict.entries} 条`);
} else {
  console.log(`BROKEN 审计记录 #${verdict.brokenId} 被篡改（${verdict.reason}），此前 ${verdict.entries} 条完好`);
  process.exitCode = 1;
}
