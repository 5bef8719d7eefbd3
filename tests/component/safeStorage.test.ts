import { afterEach, describe, expect, test, vi } from 'vitest';
import { safeStorage } from '~/stores/safeStorage';

afterEach(() => vi.unstubAllGlobals());

describe('safeStorage', () => {
  test('reads and writes through to localStorage', () => {
    const storage = safeStorage();
    storage.answer = '42';
    expect(localStorage.getItem('answer')).toBe('42');
    expect('answer' in storage).toBe(true);
    delete storage.answer;
    expect(localStorage.getItem('answer')).toBeNull();
  });

  test('storage whose every method throws reads as empty and swallows writes', () => {
    const throwing = {
      getItem: () => { throw new Error('SecurityError'); },
      setItem: () => { throw new Error('QuotaExceededError'); },
      removeItem: () => { throw new Error('SecurityError'); },
    };
    vi.stubGlobal('localStorage', throwing);
    const storage = safeStorage();
    expect(storage.anything).toBeUndefined();
    expect('anything' in storage).toBe(false);
    expect(() => { storage.anything = 'x'; }).not.toThrow();
    expect(() => { delete storage.anything; }).not.toThrow();
  });

  test('a localStorage getter that throws (storage disabled) reads as empty', () => {
    vi.stubGlobal('localStorage', undefined);
    Object.defineProperty(globalThis, 'localStorage', { get: () => { throw new Error('disabled'); }, configurable: true });
    const storage = safeStorage();
    expect(storage.anything).toBeUndefined();
  });
});
