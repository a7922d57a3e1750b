import { describe, expect, it } from 'vitest';
import { commandsFor } from '../../src/cli/main.js';

describe('which command modules an invocation loads', () => {
  it('loads only the command it names', () => {
    expect(commandsFor(['batch', 'pages/', '--out', 'x'])).toEqual(['batch']);
    expect(commandsFor(['--debug', 'check'])).toEqual(['check']);
  });

  it('loads clean for the default command: an input first, or stdin', () => {
    expect(commandsFor(['page.txt'])).toEqual(['clean']);
    expect(commandsFor(['--no-entities', '-'])).toEqual(['clean']);
  });

  it('loads every command for help, version and a bare invocation', () => {
    const all = ['clean', 'check', 'entities', 'batch', 'review', 'diff'];
    expect(commandsFor([])).toEqual(all);
    expect(commandsFor(['--help'])).toEqual(all);
    expect(commandsFor(['help', 'batch'])).toEqual(all);
  });
});
