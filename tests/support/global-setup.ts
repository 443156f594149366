// Runs once before all test files. Storage tests add their template database here.
export default async function setup(): Promise<void> {
  process.env.TZ = 'UTC';
}
