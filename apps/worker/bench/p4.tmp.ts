import { writeFileSync } from 'node:fs';
import { entityCsv } from './entity-csv.ts';
writeFileSync('/tmp/ent.csv', entityCsv(1_000_000));
