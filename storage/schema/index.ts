// The whole database schema, one module per domain. drizzle-kit reads this file
// (drizzle.config.ts); repositories import tables from here.
export * from './messages.js';
export * from './findings.js';
export * from './burden-reports.js';
export * from './registers.js';
export * from './alerts.js';
export * from './report-runs.js';
export * from './audit-log.js';
