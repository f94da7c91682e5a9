import { entityRow, ENTITY_CSV_HEADER } from './entity-csv.ts';
import { entityRowParser } from '../src/imports/entity-rows.ts';
const rows = Array.from({ length: 300000 }, (_, i) => entityRow(i));
const p = entityRowParser(ENTITY_CSV_HEADER);
for (let k = 0; k < 3; k++) {
  const t = performance.now();
  for (let i = 0; i < rows.length; i++) p(rows[i]!, i);
  console.log('fast parse', (performance.now() - t) / rows.length * 1e3, 'us/row');
}
