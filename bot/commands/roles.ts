// Roles come from config.people (platform + user id). Unknown senders are members.
import type { Config, PersonConfig } from '../config/schema.js';
import type { Platform } from '../config/schema.js';
import type { Role } from './types.js';

export const ROLE_LABELS: Record<Role, string> = {
  inspector: '纪检监察人员',
  'township-admin': '乡镇管理员',
  'office-staff': '县直机关/减负办工作人员',
  admin: '系统管理员',
  member: '普通成员',
};

export function findPerson(config: Config, platform: Platform, userId: string): PersonConfig | undefined {
  return config.people.find((p) => p.platform === platform && p.id === userId);
}

export function rolesOf(person: PersonConfig | undefined): ReadonlySet<Role> {
  return new Set<Role>(person ? ['member', ...person.roles] : ['member']);
}

export function mayRun(roles: ReadonlySet<Role>, allowed: readonly Role[] | undefined): boolean {
  if (!allowed) return true;
  return allowed.some((r) => roles.has(r));
}
