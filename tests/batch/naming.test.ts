import { describe, expect, it } from 'vitest';
import { Namer } from '../../src/batch/naming.js';

describe('batch output names', () => {
  it('mirrors the relative path and swaps the extension', () => {
    expect(new Namer('json').name('2024/03/story.html', 'a')).toBe('2024/03/story.json');
  });

  it('builds names from URLs: host, path, query', () => {
    const namer = new Namer('json');
    expect(namer.name('https://news.example.cn/2024/03/a.html', 'a')).toBe(
      'news.example.cn/2024/03/a.json',
    );
    expect(namer.name('https://news.example.cn/show.php?id=7', 'b')).toBe(
      'news.example.cn/show_id=7.json',
    );
  });

  it('never leaves the output folder: .., absolute paths and encoded slashes are dropped', () => {
    const namer = new Namer('json');
    for (const hint of [
      '../../etc/passwd',
      '/etc/passwd',
      'https://evil.example/..%2f..%2fetc/passwd',
      'a/../../b',
      '..',
    ]) {
      const name = namer.name(hint, hint);
      expect(name.startsWith('/')).toBe(false);
      expect(name.split('/')).not.toContain('..');
    }
  });

  it('removes NUL, control and bidi characters and renames names Windows reserves', () => {
    const namer = new Namer('json');
    expect(namer.name('a\u0000b\u001b[31m\u202Ec.html', 'x')).toBe('a_b_[31m_c.json');
    expect(namer.name('CON.html', 'y')).toBe('_CON.json');
    expect(namer.name('nul', 'z')).toBe('_nul.json');
  });

  it('caps long names in bytes, and gives collisions a short hash', () => {
    const namer = new Namer('json');
    const long = namer.name(`${'长'.repeat(300)}.html`, 'long');
    expect(Buffer.byteLength(long.split('/').at(-1)!)).toBeLessThanOrEqual(90);
    const first = namer.name('dir/Story.html', 'one');
    const second = namer.name('dir/story.htm', 'two');
    expect(first).toBe('dir/Story.json');
    expect(second).toMatch(/^dir\/story-[0-9a-f]{8}\.json$/u);
  });
});
