import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../../checks/messages/normalize.js';

describe('normalize', () => {
  it('folds full-width ASCII and punctuation, lower-cases, drops spaces and emoji', () => {
    expect(normalize('请在群里打 卡👌！ＡＰＰ，３天').text).toBe('请在群里打卡!app,3天');
  });

  it('keeps line breaks as sentence ends, folding CRLF and CR', () => {
    expect(normalize('一\r\n二\r三\n四').text).toBe('一\n二\n三\n四');
  });

  it('maps spans back to the original text', () => {
    const original = '各位👉 请 每天 在群里打个卡🙏 谢谢';
    const norm = normalize(original);
    const at = norm.text.indexOf('打个卡');
    const [s, e] = toOriginalSpan(norm, at, at + 3);
    expect(original.slice(s, e)).toBe('打个卡');
    const all = toOriginalSpan(norm, 0, norm.text.length);
    expect(original.slice(all[0], all[1])).toBe('各位👉 请 每天 在群里打个卡🙏 谢谢');
  });

  it('maps spans across dropped characters inside the span', () => {
    const original = '打 👉 卡';
    const norm = normalize(original);
    expect(norm.text).toBe('打卡');
    expect(toOriginalSpan(norm, 0, 2)).toEqual([0, original.length]);
  });

  it('maps spans the same way whether nothing, something or a lot was dropped (three code paths)', () => {
    // Unchanged length: offsets are shared. Short with drops: walked. Long: offset tables.
    const plain = '请各村每天在群里打卡,拍照上传';
    const dropped = '请各村👉每天 在群里打卡，拍照上传';
    const long = `${'闲聊 '.repeat(1200)}${dropped}`;
    for (const original of [plain, dropped, long]) {
      const norm = normalize(original);
      const at = norm.text.indexOf('打卡');
      const [s, e] = toOriginalSpan(norm, at, at + 2);
      expect(original.slice(s, e)).toBe('打卡');
      expect(toOriginalSpan(norm, at, at)).toEqual([s, s]);
    }
    expect(toOriginalSpan(normalize(plain), 3, 7)).toEqual([3, 7]);
  });

  it('folds short and long texts the same way (two code paths)', () => {
    const piece = '请在群里打 卡👌！ＡＰＰ，３天\r\n二\r三🙏';
    const short = normalize(piece).text;
    const long = normalize(piece.repeat(1000)).text;
    expect(long).toBe(short.repeat(1000));
    expect(normalize('已经是规范文本,不变').text).toBe('已经是规范文本,不变');
  });

  it('handles the empty string and text made only of dropped characters', () => {
    expect(normalize('').text).toBe('');
    expect(normalize(' 👍 🙏 ').text).toBe('');
  });
});
