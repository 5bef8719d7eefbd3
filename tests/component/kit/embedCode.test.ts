import { describe, expect, test } from 'vitest';
import { embedTargets } from '~/components/embeds';
import { articleUrl, calculatorSearch, embedCode, embedUrl } from '~/components/kit/embedCode';

describe('calculatorSearch', () => {
  test.each([
    ['?train.params=70B&compare.count=64&train.gpu=h100-sxm', 'train', '?train.params=70B&train.gpu=h100-sxm'],
    ['?compare.count=64', 'train', ''],
    ['', 'train', ''],
    ['?train.params=70B', null, ''],
    // Dollar signs and commas stay readable, as in the address bar.
    ['?train.price=%242.50&train.count=1%2C024', 'train', '?train.price=$2.50&train.count=1,024'],
    // A namespace is a whole prefix: `training.x` is not `train.x`.
    ['?training.params=70B', 'train', ''],
    // The shared assumptions a link carries go with the calculator, even one without state of its own.
    ['?compare.count=64&a.mfu=35-45&train.params=70B&a.price.h100-sxm=2', 'train', '?train.params=70B&a.mfu=35-45&a.price.h100-sxm=2'],
    ['?a.price.h100-sxm=2', null, '?a.price.h100-sxm=2'],
    // `a` is a whole prefix too.
    ['?ab.mfu=35', 'train', ''],
  ])('%s, namespace %s → %s', (search, namespace, expected) => {
    expect(calculatorSearch(search, namespace)).toBe(expected);
  });
});

describe('embed and article addresses', () => {
  const page = 'https://example.org/training-steps/compute/?train.tokens=2T&compare.mfu=40%25#training-estimator-compare';

  test('the embed carries only its calculator’s state, on the page’s origin', () => {
    expect(embedUrl(embedTargets.TrainingEstimator, page)).toBe('https://example.org/embed/training-estimator/?train.tokens=2T');
  });

  test('the article link carries the state and scrolls to the calculator', () => {
    expect(articleUrl(embedTargets.TrainingEstimator, 'https://example.org/embed/training-estimator/?train.tokens=2T')).toBe(
      'https://example.org/training-steps/compute/?train.tokens=2T#training-estimator',
    );
  });

  test('a calculator without URL state embeds without a query', () => {
    expect(embedUrl(embedTargets.CostHistoryChart, page)).toBe('https://example.org/embed/cost-history-chart/');
  });
});

describe('embedCode', () => {
  test('escapes the address and title for an HTML attribute and rounds the height up to 10 px', () => {
    expect(embedCode({ src: 'https://example.org/embed/x/?a.b=1&a.c="2"', title: 'A <b> & "c"', heightPx: 701 })).toBe(
      '<iframe src="https://example.org/embed/x/?a.b=1&amp;a.c=&quot;2&quot;" title="A &lt;b&gt; &amp; &quot;c&quot; (Train or Tune)" loading="lazy" style="width: 100%; height: 710px; border: 0;" allow="clipboard-write"></iframe>',
    );
  });

  test.each([
    [700, 700],
    [700.1, 710],
    [0, 0],
    [-5, 0],
  ])('height %d px → %d px', (heightPx, expected) => {
    expect(embedCode({ src: 'https://example.org/', title: 't', heightPx })).toContain(`height: ${expected}px;`);
  });
});
