// The demo county the console starts with when no chat groups are configured: a county,
// four townships, a few departments, groups and people with every role, so a newcomer can
// try each command at once (`:人 陈静` to act as the inspector, and so on).
import type { Config, ConfigInput } from '../config/schema.js';
import { parseConfig } from '../config/load-config.js';

export const DEMO_CONFIG: ConfigInput = {
  county: '示范县',
  townships: ['丹水镇', '回车镇', '田关镇', '太平镇'],
  departments: ['县农业农村局', '县住建局', '县卫健委', '县教体局', '县文明办', '县应急管理局', '县委组织部', '县委宣传部', '县市场监管局', '县残联', '县委办'],
  channels: [
    { platform: 'console', id: 'quanxian', name: '全县乡镇工作群', kind: 'county', onFinding: ['reply', 'office'] },
    { platform: 'console', id: 'danshui', name: '丹水镇工作群', kind: 'township', township: '丹水镇', onFinding: ['reply', 'office'] },
    { platform: 'console', id: 'huiche', name: '回车镇工作群', kind: 'township', township: '回车镇', onFinding: ['dm', 'office'] },
    { platform: 'console', id: 'office', name: '县纪委监委', kind: 'office', onFinding: ['silent'] },
  ],
  people: [
    { platform: 'console', id: 'liming', name: '李明', department: '县农业农村局' },
    { platform: 'console', id: 'zhanghua', name: '张华', department: '县住建局' },
    { platform: 'console', id: 'zhoumin', name: '周敏', department: '县卫健委' },
    { platform: 'console', id: 'wangfang', name: '王芳', township: '丹水镇', roles: ['township-admin'] },
    { platform: 'console', id: 'liuyang', name: '刘洋', township: '丹水镇' },
    { platform: 'console', id: 'sunli', name: '孙丽', township: '回车镇' },
    { platform: 'console', id: 'chenjing', name: '陈静', roles: ['inspector'] },
    { platform: 'console', id: 'zhaoqiang', name: '赵强', roles: ['office-staff'] },
  ],
  office: { name: '县纪委监委', channels: ['console:office'] },
};

/** Who you are and where you write when the console starts without --as / --in. */
export const DEMO_DEFAULT_PERSON = 'liuyang';
export const DEMO_DEFAULT_CHANNEL = 'danshui';

/** True when the config names no console groups: the console then uses the demo county. */
export function needsDemoChat(config: Config): boolean {
  return !config.channels.some((c) => c.platform === 'console');
}

/** The config with the demo county's console groups and people added (and its county,
 *  townships, departments and office channel where the config leaves them empty). */
export function withDemoChat(config: Config): Config {
  if (!needsDemoChat(config)) return config;
  const demo = parseConfig(DEMO_CONFIG);
  return {
    ...config,
    county: config.county === '示范县' || !config.county ? demo.county : config.county,
    townships: config.townships.length > 0 ? config.townships : demo.townships,
    departments: config.departments.length > 0 ? config.departments : demo.departments,
    channels: [...config.channels, ...demo.channels],
    people: [...config.people, ...demo.people.filter((p) => !config.people.some((q) => q.platform === 'console' && q.id === p.id))],
    office: { ...config.office, channels: [...config.office.channels, ...demo.office.channels.filter((c) => !config.office.channels.includes(c))] },
  };
}
