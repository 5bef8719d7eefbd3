// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { commitPauseMs, NumberField } from '~/components/kit/NumberField';
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

describe('NumberField counts typing once the text is whole', () => {
  const rules = { kind: 'count', min: 1, max: 1e14, noun: 'parameters', range: false } as const;

  function Committed({ onCommit }: { onCommit: (text: string) => void }) {
    const [text, setText] = useState('65.2B');
    return (
      <NumberField id="demo-params" label="Parameters" text={text} rules={rules}
        onText={(next) => { onCommit(next); setText(next); }}
        parsed={parseBand(text, rules)} describe={(band) => describeCount(band.low, 'parameters')} />
    );
  }

  /** One key as a person types it: keydown, then the input event with the field's new text. */
  const press = (key: string) => {
    const field = input() as HTMLInputElement;
    fireEvent.keyDown(field, { key });
    fireEvent.input(field, { target: { value: `${field.value}${key}` }, inputType: 'insertText', data: key });
  };
  const clear = () => {
    const field = input() as HTMLInputElement;
    fireEvent.keyDown(field, { key: 'Backspace' });
    fireEvent.input(field, { target: { value: '' }, inputType: 'deleteContentBackward' });
  };

  afterEach(() => vi.useRealTimers());

  test('"1e400" typed key by key never commits "1e4" on the way; the pause commits the whole text', () => {
    vi.useFakeTimers();
    const onCommit = vi.fn();
    render(<Committed onCommit={onCommit} />);
    clear();
    for (const key of '1e400') {
      press(key);
      vi.advanceTimersByTime(commitPauseMs - 1);
    }
    expect(onCommit).not.toHaveBeenCalled();
    expect((input() as HTMLInputElement).value).toBe('1e400');
    act(() => void vi.advanceTimersByTime(1));
    expect(onCommit.mock.calls).toEqual([['1e400']]);
    expect(message().textContent).toBe('Must be at most 100T parameters');
  });

  test('"1,5B" gets the decimal-point hint and never computes for "1"', () => {
    vi.useFakeTimers();
    const onCommit = vi.fn();
    render(<Committed onCommit={onCommit} />);
    clear();
    for (const key of '1,5B') press(key);
    act(() => void vi.advanceTimersByTime(commitPauseMs));
    expect(onCommit.mock.calls).toEqual([['1,5B']]);
    expect(message().textContent).toBe('Use a point for decimals: 1.5B');
  });

  test('while typing, a draft that reads as a value is described; a half-typed one changes nothing yet', () => {
    vi.useFakeTimers();
    render(<Committed onCommit={() => undefined} />);
    clear();
    press('7');
    expect(message().textContent).toContain('7 parameters');
    press('e');
    // "7e" is not a value yet: the line still says what the last reading was, and nothing is marked.
    expect(input().getAttribute('aria-invalid')).toBe('false');
    press('9');
    expect(message().textContent).toContain('7 billion parameters');
  });

  test('Enter and leaving the field commit at once', () => {
    vi.useFakeTimers();
    const onCommit = vi.fn();
    render(<Committed onCommit={onCommit} />);
    clear();
    press('7');
    press('B');
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(onCommit.mock.calls).toEqual([['7B']]);
    press('0');
    fireEvent.blur(input());
    expect(onCommit.mock.calls).toEqual([['7B'], ['7B0']]);
  });

  test('text that arrives whole (paste, autofill, a script) commits at once', () => {
    const onCommit = vi.fn();
    render(<Committed onCommit={onCommit} />);
    fireEvent.keyDown(input(), { key: 'v', ctrlKey: true });
    fireEvent.input(input(), { target: { value: '1.4T params' }, inputType: 'insertFromPaste' });
    expect(onCommit.mock.calls).toEqual([['1.4T params']]);
    fireEvent.input(input(), { target: { value: '70B' } });
    expect(onCommit.mock.calls).toEqual([['1.4T params'], ['70B']]);
  });

  test.each<[string, boolean, string]>([
    ['ArrowUp', false, '66B'],
    ['ArrowDown', false, '65B'],
    ['ArrowUp', true, '70B'],
    ['ArrowDown', true, '60B'],
  ])('%s (Shift: %s) steps 65.2B to %s and commits it', (key, shiftKey, stepped) => {
    const onCommit = vi.fn();
    render(<Committed onCommit={onCommit} />);
    const notPrevented = fireEvent.keyDown(input(), { key, shiftKey });
    expect(notPrevented).toBe(false);
    expect(onCommit.mock.calls).toEqual([[stepped]]);
    expect((input() as HTMLInputElement).value).toBe(stepped);
  });

  test('an arrow at the limit changes nothing', () => {
    const onCommit = vi.fn();
    function AtLimit() {
      return <NumberField id="demo-params" label="Parameters" text="100T" rules={rules} onText={onCommit}
        parsed={parseBand('100T', rules)} describe={(band) => describeCount(band.low, 'parameters')} />;
    }
    render(<AtLimit />);
    fireEvent.keyDown(input(), { key: 'ArrowUp' });
    expect(onCommit).not.toHaveBeenCalled();
  });

  test('without parsing rules the arrows are left to the browser', () => {
    render(<Harness initial="70B" />);
    expect(fireEvent.keyDown(input(), { key: 'ArrowUp' })).toBe(true);
    expect((input() as HTMLInputElement).value).toBe('70B');
  });
});

describe('NumberField slider', () => {
  const rules = { kind: 'count', min: 1, max: 1e14, range: false } as const;
  const track = { label: 'Model size', min: 1e8, max: 1e12, scale: 'log', steps: 100 } as const;

  test('is named apart from the field, reads the value in words, and sets the text when moved', () => {
    const onText = vi.fn();
    render(<NumberField id="demo-params" label="Parameters" text="10B" rules={rules} slider={track} onText={onText}
      parsed={parseBand('10B', rules)} describe={(band) => describeCount(band.low, 'parameters')} />);
    const slider = screen.getByRole('slider', { name: 'Model size' }) as HTMLInputElement;
    // 10B sits half way along a log track from 100M to 1T: position 50 of 100.
    expect(slider.value).toBe('50');
    expect(slider.getAttribute('aria-valuetext')).toBe('10 billion parameters');
    fireEvent.input(slider, { target: { value: '75' } });
    // Position 75 is 10^(8 + 3) = 100B.
    expect(onText.mock.calls).toEqual([['100B']]);
  });

  test('a whole-number field gets a whole number from its slider', () => {
    const onText = vi.fn();
    const whole = { kind: 'count', min: 1, max: 1e5, integer: true, range: false } as const;
    render(<NumberField id="demo-count" label="Accelerators" text="2048" rules={whole} onText={onText}
      slider={{ label: 'Cluster size', min: 1, max: 1e5, scale: 'log', steps: 100 }}
      parsed={parseBand('2048', whole)} describe={(band) => describeCount(band.low, 'accelerators')} />);
    // Position 33 of a 1–100k log track is 10^(5 × 0.33) = 44.7, two significant digits: 45.
    fireEvent.input(screen.getByRole('slider', { name: 'Cluster size' }), { target: { value: '33' } });
    expect(onText.mock.calls).toEqual([['45']]);
  });
});
