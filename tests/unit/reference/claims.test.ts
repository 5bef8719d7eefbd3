import { describe, expect, test } from 'vitest';
import { claims, claimTopics, verdictCounts, verdicts, type Claim } from '../../../src/components/reference/claims';
import { checkedArticleIds } from '../../../src/lib';

const byId = (id: string): Claim => {
  const claim = claims.find((c) => c.id === id);
  if (claim === undefined) throw new Error(`no claim ${id}`);
  return claim;
};

describe('the Claims checked rows', () => {
  test('ids are unique and kebab-case, so every row has its own stable anchor', () => {
    const ids = claims.map((claim) => claim.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('the verdict counts add up to the rows, and each verdict is used', () => {
    const counts = verdictCounts(claims);
    expect(verdicts.reduce((sum, verdict) => sum + counts[verdict], 0)).toBe(claims.length);
    for (const verdict of verdicts) expect(counts[verdict]).toBeGreaterThan(0);
  });

  test('verdictCounts counts each verdict', () => {
    const row = (verdict: Claim['verdict']): Claim => ({ ...byId('vela'), verdict });
    expect(verdictCounts([row('holds'), row('wrong'), row('wrong'), row('unverifiable')])).toEqual({ holds: 1, caveat: 0, wrong: 2, unverifiable: 1 });
    expect(verdictCounts([])).toEqual({ holds: 0, caveat: 0, wrong: 0, unverifiable: 0 });
  });

  test('every row is attributed to the checked articles only, and every article has claims', () => {
    const checked: readonly string[] = checkedArticleIds;
    for (const claim of claims) {
      expect(claim.by.length, claim.id).toBeGreaterThan(0);
      for (const citation of claim.by) expect(checked, claim.id).toContain(citation.source);
    }
    for (const id of checkedArticleIds) expect(claims.some((claim) => claim.by[0]?.source === id), id).toBe(true);
  });

  test('every row belongs to a topic, quotes something, finds something and links a page', () => {
    for (const claim of claims) {
      expect(Object.keys(claimTopics)).toContain(claim.topic);
      expect(claim.quote.trim().length, claim.id).toBeGreaterThan(10);
      expect(claim.finding.trim().length, claim.id).toBeGreaterThan(10);
      expect(claim.href, claim.id).toMatch(/^\/[a-z0-9-/]+\/(#[a-z0-9-]+)?$/);
    }
  });

  test('no figure or finding prints a raw value or a note to ourselves', () => {
    for (const claim of claims) {
      const text = [claim.quote, claim.figure ?? '', claim.finding].join(' ');
      expect(text, claim.id).not.toMatch(/NaN|undefined|null|Infinity|\bseeds?\b|unverified|not re-read/i);
    }
  });

  test.each([
    'replit-diagram', 'palm-first-bullet', 'valuable-investment', 'unparalleled-control', 'dozens-or-hundreds',
    'days-to-weeks', 'storage', 'trillions-of-words', 'team-of-experts', 'state-of-the-art-access', 'purchase-or-train',
  ])('the claim %s, which no page discussed before, has its row', (id) => {
    expect(byId(id).verdict).toBeDefined();
  });
});

describe('figures computed from the library, against hand arithmetic', () => {
  test.each([
    // 6,144 chips × 1,200 h × $3.22 = $23,740,416: Ruiz's first PaLM bullet, which he rounds to ~$27M.
    ['palm-first-bullet', 'wrong', '6,144 × 1,200 h × $3.22 = $23.7M'],
    // 2,048 × 21 × 24 × $3.93 = $4,056,514.56; the paper's 1,022,362 GPU-hours × $3.93 = $4,017,882.66.
    ['llama-65b-4m', 'holds', '$4.06M as he sums it; $4.02M from the paper’s 1.02M GPU-hours'],
    // $300,000 ÷ (64 GPUs × 730.5 h) = $6.417 per GPU-hour.
    ['sixty-four-gpus', 'holds', '$6.42 per GPU-hour'],
    // 1,024 × 34 days × 24 h = 835,584 A100-hours × $1.67 = $1,395,425.
    ['gpt-3-1024-gpus', 'wrong', '1,024 A100s for 34 days at $1.67: $1.4M'],
    // $4,056,514.56 × 0.2 = $811,303 and × 0.5 = $2,028,257.
    ['negotiated-discount', 'caveat', '$811k–$2.03M'],
    // Llama 2: 2e12 tokens × 0.75 words per token = 1.5e12 words.
    ['trillions-of-words', 'caveat', '2T tokens ≈ 1.5T words'],
    // 10B × 200B tokens: 6 × 1e10 × 2e11 = 1.2e22 FLOP ÷ (312e12 × 0.3907 × 3600) = 27,347 A100-hours.
    ['ten-b-for-150k', 'unverifiable', '$27.3k–$54.7k on 200B tokens'],
  ])('%s is %s and shows %s', (id, verdict, figure) => {
    const claim = byId(id);
    expect(claim.verdict).toBe(verdict);
    expect(claim.figure).toContain(figure);
  });
});
