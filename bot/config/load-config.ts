// Reads and validates jianfu.config.yaml (or the file named by JIANFU_CONFIG).
import { readFileSync, existsSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { configSchema, type Config } from './schema.js';
import { formatConfigIssues } from './format-config-error.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates an already-parsed object; throws ConfigError with a Chinese message. */
export function parseConfig(raw: unknown, source = '（内置默认）'): Config {
  const result = configSchema.safeParse(raw ?? {});
  if (!result.success) throw new ConfigError(formatConfigIssues(source, result.error));
  return result.data;
}

export function loadConfig(path = process.env.JIANFU_CONFIG ?? 'jianfu.config.yaml'): Config {
  if (!existsSync(path)) {
    if (process.env.JIANFU_CONFIG) throw new ConfigError(`找不到配置文件 ${path}：请检查环境变量 JIANFU_CONFIG。`);
    return parseConfig({});
  }
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError(`配置文件 ${path} 不是有效的 YAML：${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
  return parseConfig(raw, path);
}
