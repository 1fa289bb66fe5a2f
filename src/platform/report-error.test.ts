import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportError } from './report-error';

describe('reportError', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says once what failed, with the error kind and message and the Tactful prefix', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    reportError('opening the panel', new TypeError('import failed'));
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('Tactful: opening the panel failed: TypeError: import failed');
  });

  it('names only the type of a thrown value that is not an Error, never its content', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    reportError('saving the last letter', { clientName: 'Jordan Lee' });
    expect(log).toHaveBeenCalledWith('Tactful: saving the last letter failed: object');
  });
});
