import { describe, expect, it } from 'vitest';
import { safeSegment, uniqueName } from './zip.js';

describe('zip entry names', () => {
  it('keeps a readable name and removes what could escape the folder or break a file system', () => {
    expect(safeSegment('学习经历_1_毕业证书.pdf')).toBe('学习经历_1_毕业证书.pdf');
    expect(safeSegment('../../etc/passwd')).toBe('_._etc_passwd');
    expect(safeSegment('..')).toBe('文件');
    expect(safeSegment('a\u0000b\nc:d*e?.pdf')).toBe('a_b_c_d_e_.pdf');
    expect(safeSegment('  .隐藏.pdf ')).toBe('隐藏.pdf');
    expect(safeSegment('C:\\证明\\扫描件.jpg')).toBe('C__证明_扫描件.jpg');
  });

  it('shortens a long name to 200 bytes and keeps its extension', () => {
    const name = safeSegment(`${'很长的文件名'.repeat(30)}.pdf`);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name.startsWith('很长的文件名')).toBe(true);
  });

  it('numbers a name taken already, whatever its case', () => {
    const taken = new Set<string>();
    expect(uniqueName('证明.pdf', taken)).toBe('证明.pdf');
    expect(uniqueName('证明.pdf', taken)).toBe('证明 (2).pdf');
    expect(uniqueName('证明.PDF', taken)).toBe('证明 (3).PDF');
    expect(uniqueName('说明', taken)).toBe('说明');
    expect(uniqueName('说明', taken)).toBe('说明 (2)');
  });
});
