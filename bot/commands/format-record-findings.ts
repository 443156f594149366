// The immediate-check part of a register command's answer: what the record checks found
// about the row just entered, each with its clause.
import type { RecordFinding } from '../../checks/types.js';
import { formatBasisRef } from '../pipeline/format-basis.js';

export function formatRecordFindings(findings: readonly RecordFinding[]): string {
  if (findings.length === 0) return '登记后即时检查：未发现问题。';
  const lines = findings.map((f) => {
    const tag = f.rule ? `【${f.rule}】` : '【提醒】';
    const basis = f.basis[0] ? `（依据：${formatBasisRef(f.basis[0])}）` : '';
    return `· ${tag}${f.message}${basis}`;
  });
  return `登记后即时检查发现 ${findings.length} 项：\n${lines.join('\n')}`;
}
