// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, test } from 'vitest';
import { NumberField } from '~/components/kit/NumberField';
import { describeCount, parseBand } from '~/lib';

afterEach(cleanup);

function Harness({ initial }: { initial: string }) {
  const [text, setText] = useState(initial);
  return (
    <NumberField id="demo-params" label="Parameters" text={text} onText={setText}
      parsed={parseBand(text, { kind: 'count', min: 1, range: false })}
      describe={(band) => describeCount(band.low, 'parameters')} hint="e.g. 70B" />
  );
}

const input = () => screen.getByLabelText('Parameters');
const message = () => document.getElementById(input().getAttribute('aria-describedby')!)!;

describe('NumberField', () => {
  test.each([
    ['70B', '70 billion parameters'],
    ['1.4T', '1.4 trillion parameters'],
    ['2e12', '2 trillion parameters'],
    ['1,024', '1,024 parameters'],
  ])('reads %j as "%s"', (typed, meaning) => {
    render(<Harness initial="1" />);
    fireEvent.input(input(), { target: { value: typed } });
    expect(message().textContent).toContain(meaning);
    expect(input().getAttribute('aria-invalid')).toBe('false');
  });

  test('an invalid value marks the field and says what was expected, tied by aria-describedby', () => {
    render(<Harness initial="70B" />);
    fireEvent.input(input(), { target: { value: 'seventy' } });
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(message().textContent).toMatch(/Expected a number like 70B/);
    expect(message().getAttribute('role')).toBe('alert');
  });

  test('a value below the minimum says the bound', () => {
    render(<Harness initial="0" />);
    expect(message().textContent).toMatch(/at least 1/);
  });
});
