// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CopyLink } from '~/components/kit/CopyLink';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function clipboard(writeText = vi.fn().mockResolvedValue(undefined)) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

describe('CopyLink', () => {
  test('copies the page URL with the calculator anchor and confirms it', async () => {
    window.history.replaceState(null, '', '/training-steps/compute/?train.params=70B');
    const writeText = clipboard();
    render(<CopyLink anchor="training-estimator" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link to this calculator' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Link copied'));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/\/training-steps\/compute\/\?train\.params=70B#training-estimator$/));
  });

  test('when the clipboard refuses, shows the link to copy by hand', async () => {
    clipboard(vi.fn().mockRejectedValue(new Error('denied')));
    render(<CopyLink anchor="training-estimator" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link to this calculator' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Copy this link: http.*#training-estimator$/));
  });

  test('copies embed code: an iframe of the embed with this calculator’s state only, as tall as the calculator plus the embed’s title and link', async () => {
    window.history.replaceState(null, '', '/training-steps/compute/?train.params=70B&compare.count=64&train.gpu=h100-sxm#training-estimator');
    const writeText = clipboard();
    render(
      <section id="training-estimator">
        <CopyLink anchor="training-estimator" />
      </section>,
    );
    // happy-dom lays nothing out: give the calculator the height a browser would.
    Object.defineProperty(document.getElementById('training-estimator'), 'offsetHeight', { value: 613 });
    fireEvent.click(screen.getByRole('button', { name: 'Copy embed code' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Embed code copied'));
    // 613 px + 200 px of embed chrome = 813, rounded up to 820.
    expect(writeText).toHaveBeenCalledWith(
      `<iframe src="${window.location.origin}/embed/training-estimator/?train.params=70B&amp;train.gpu=h100-sxm" title="Training estimator (Train or Tune)" loading="lazy" style="width: 100%; height: 820px; border: 0;" allow="clipboard-write"></iframe>`,
    );
  });

  test('inside an embed, the link copied is to the calculator on its article, with the state', async () => {
    window.history.replaceState(null, '', '/embed/energy-calculator/?energy.hours=2M');
    const writeText = clipboard();
    render(<CopyLink anchor="energy-calculator" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link to this calculator' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Link copied'));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/training-steps/energy/?energy.hours=2M#energy-calculator`);
  });

  test('a second copy of a calculator on a page (its own anchor) has no embed, so no embed button', () => {
    render(<CopyLink anchor="estimator-gpt3" />);
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Copy link to this calculator']);
  });
});
