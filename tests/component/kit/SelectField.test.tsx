// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, test } from 'vitest';
import { halfWidthOptionChars, SelectField, type SelectOption } from '~/components/kit/SelectField';

afterEach(cleanup);

const stages: readonly SelectOption<'0' | '3'>[] = [
  { value: '0', label: 'None', description: 'Every device holds everything' },
  { value: '3', label: 'ZeRO-3', description: 'Optimizer states, gradients and weights are sharded' },
];

function Harness({ note }: { note?: string }) {
  const [value, setValue] = useState<'0' | '3'>('0');
  return <SelectField id="demo-zero" label="ZeRO stage" value={value} options={stages} onChange={setValue} note={note} />;
}

describe('SelectField', () => {
  test('short labels inside the select; the chosen option’s meaning under it, tied by aria-describedby', () => {
    render(<Harness note="Sharding needs several devices" />);
    const select = screen.getByLabelText('ZeRO stage');
    const described = () => document.getElementById(select.getAttribute('aria-describedby')!)!.textContent;
    expect(described()).toBe('Every device holds everything. Sharding needs several devices');
    fireEvent.change(select, { target: { value: '3' } });
    expect(described()).toBe('Optimizer states, gradients and weights are sharded. Sharding needs several devices');
  });

  test('with neither description nor note, nothing is described', () => {
    render(<SelectField id="demo-yes" label="Tied" value="no" options={[{ value: 'no', label: 'No' }, { value: 'yes', label: 'Yes' }]} onChange={() => undefined} />);
    expect(screen.getByLabelText('Tied').hasAttribute('aria-describedby')).toBe(false);
  });

  test('a value outside its options (a tampered page) is ignored, not passed on', () => {
    const chosen: string[] = [];
    render(<SelectField id="demo-zero" label="ZeRO stage" value="0" options={stages} onChange={(next) => chosen.push(next)} />);
    const select = screen.getByLabelText('ZeRO stage') as HTMLSelectElement;
    select.append(Object.assign(document.createElement('option'), { value: '9', textContent: 'Injected' }));
    fireEvent.change(select, { target: { value: '9' } });
    expect(chosen).toEqual([]);
    fireEvent.change(select, { target: { value: '3' } });
    expect(chosen).toEqual(['3']);
  });

  test('keeps its message line when empty, so choosing an option with a description moves nothing below', () => {
    render(<SelectField id="demo-yes" label="Tied" value="no" options={[{ value: 'no', label: 'No' }, { value: 'yes', label: 'Yes' }]} onChange={() => undefined} />);
    const line = document.getElementById('demo-yes-note');
    expect(line).not.toBeNull();
    expect(line!.textContent).toBe('');
  });

  test(`takes the whole row when an option is longer than ${halfWidthOptionChars} characters`, () => {
    const long = 'x'.repeat(halfWidthOptionChars + 1);
    const { container, rerender } = render(
      <SelectField id="a" label="A" value="a" options={[{ value: 'a', label: 'x'.repeat(halfWidthOptionChars) }]} onChange={() => undefined} />,
    );
    expect(container.querySelector('.tot-field')!.classList.contains('tot-field-wide')).toBe(false);
    rerender(<SelectField id="a" label="A" value="a" options={[{ value: 'a', label: long }]} onChange={() => undefined} />);
    expect(container.querySelector('.tot-field')!.classList.contains('tot-field-wide')).toBe(true);
  });
});
