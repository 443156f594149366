// The stored registers as the record checks read them.
import type { RecordSet } from '../../checks/records/types.js';
import type { Db } from '../../storage/database.js';
import { listInspections, listSecondments, listVetoItems } from '../../storage/repositories/registers.js';

export async function loadStoredRecords(db: Db): Promise<RecordSet> {
  const [inspections, secondments, vetoItems] = await Promise.all([listInspections(db), listSecondments(db), listVetoItems(db)]);
  return { inspections, secondments, vetoItems };
}
