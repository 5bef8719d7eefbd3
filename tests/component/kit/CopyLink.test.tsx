// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CopyLink } from '~/components/kit/CopyLink';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('CopyLink', () => {
  test('copies the page URL with the calculator anchor and confirms it', async () => {
    window.history.replaceState(null, '', '/training-steps/compute/?train.params=70B');
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<CopyLink anchor="training-estimator" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link to this calculator' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Link copied'));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/\/training-steps\/compute\/\?train\.params=70B#training-estimator$/));
  });

  test('when the clipboard refuses, shows the link to copy by hand', async () => {
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<CopyLink anchor="training-estimator" />);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Copy this link: http.*#training-estimator$/));
  });
});
