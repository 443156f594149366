// Public surface of the storage layer. Repositories take the drizzle `db` (or a
// transaction) as their first argument; nothing here holds a global connection.
export { openDatabase, openPglite, openPostgres, pingDatabase, resolveDataDir, type OpenDatabaseOptions } from './open-database.js';
export { queryRows, type Database, type DatabaseKind, type Db } from './database.js';
export { DatabaseUnavailableError, isConnectionError, maskDatabaseUrl } from './database-errors.js';
export { loadPseudonymKey, loadSealKey, loadStorageKeys, type StorageKeys } from './storage-keys.js';
export { formatFindingNumber, parseFindingNumber } from './finding-number.js';
// unsealReporter is deliberately not exported here: only an offline audit imports it,
// from storage/seal-reporter.js, never the bot or the reports.
export type { ReporterIdentity } from './seal-reporter.js';
export * from './repositories/messages.js';
export * from './repositories/findings.js';
export * from './repositories/burden-reports.js';
export * from './repositories/registers.js';
export * from './repositories/alerts.js';
export * from './repositories/report-runs.js';
export * from './repositories/audit-log.js';
export * from './repositories/weekly-aggregate.js';
export { defaultOwnerId } from './repositories/delivery-owner.js';
export type { FindingStatus, FindingSourceKind, RegisterKind, BurdenReportStatus, DeliveryState } from './schema/index.js';
