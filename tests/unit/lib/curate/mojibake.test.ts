import { describe, expect, it } from 'vitest';
import { findMojibake, repairMojibake } from '@/lib/curate/mojibake';
import { SEED_FILES, seed } from './seeds';

describe('repairMojibake', () => {
  it.each([
    ['ā€™', '’'],
    ['ā€˜', '‘'],
    ['ā€“', '–'],
    ['ā€œquotedā€', '“quoted”'],
    ['ā™„ 5.4k', '♥ 5.4k'],
    ['(2-8Ɨ)', '(2-8×)'],
    ['Ī¼ and Ī³', 'μ and γ'],
    ['šŸ—žļø Industry News', '🗞️ Industry News'],
  ])('reads %j as %j', (damaged, repaired) => {
    expect(repairMojibake(damaged)).toBe(repaired);
  });

  it('repairs the whole AI Timeline capture, leaving no mojibake behind', () => {
    const raw = seed(SEED_FILES.aiTimeline);
    expect(findMojibake(raw).length).toBeGreaterThan(40);
    const repaired = repairMojibake(raw);
    expect(findMojibake(repaired)).toEqual([]);
    expect(repaired).not.toMatch(/[āĪšŸ€™„Ɨ]/);
    expect(repaired.match(/♥/g)).toHaveLength(6);
  });

  it.each([SEED_FILES.mambaSeries, SEED_FILES.dailyPapers, SEED_FILES.datasetDump, SEED_FILES.weeklySummaries])(
    'leaves the clean seed %s as it is',
    (file) => {
      const text = seed(file);
      expect(findMojibake(text)).toEqual([]);
      expect(repairMojibake(text)).toBe(text);
    },
  );

  it('leaves Baltic and accented text alone', () => {
    const text = 'Vilnius: ąčęėįšųūž, Ā and Äpfel, DRµGS, café’s “menu” — 3×3';
    expect(repairMojibake(text)).toBe(text);
    expect(findMojibake(text)).toEqual([]);
  });

  it('reports a sequence it cannot decide', () => {
    // „ stands for 0x84 and 0xA5 alike, and neither E2 80 84 nor E2 80 A5 is common typography.
    expect(repairMojibake('ā€„')).toBe('ā€„');
    expect(findMojibake('ā€„')).toEqual(['ā€„']);
  });
});
