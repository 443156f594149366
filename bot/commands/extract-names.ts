// Finds which configured township and department a free-text report names, so a
// one-line report is filed with them without asking the reporter anything more.
import type { Config } from '../config/schema.js';

/** Department-like names in free text, e.g. 县农业农村局, 县委组织部, 市生态环境局. */
const DEPARTMENT_PATTERN = /(?:[县市省区旗]|县委|县政府)[\p{Script=Han}]{1,10}?(?:局|委|办|部|厅|中心|分局|委员会|办公室)/u;

export function findTownship(text: string, config: Config): string | undefined {
  let best: { name: string; at: number } | undefined;
  for (const name of config.townships) {
    const at = text.indexOf(name);
    if (at >= 0 && (!best || at < best.at)) best = { name, at };
  }
  return best?.name;
}

export function findDepartment(text: string, config: Config): string | undefined {
  let best: { name: string; at: number } | undefined;
  for (const name of config.departments) {
    const at = text.indexOf(name);
    if (at >= 0 && (!best || at < best.at || (at === best.at && name.length > best.name.length))) best = { name, at };
  }
  if (best) return best.name;
  return DEPARTMENT_PATTERN.exec(text)?.[0];
}
