import { describe, expect, it } from 'vitest';
import { checkRemoteId, REMOTE_TOOLS, type RemoteTool } from '../../../shared/remote/remote-id';

const accepted = (tool: RemoteTool, typed: string) => checkRemoteId(tool, typed);

describe('remote ids that each tool accepts', () => {
  it.each([
    ['rustdesk', '123456789', '123456789'],
    ['rustdesk', '123 456 789', '123456789'],
    ['rustdesk', 'front_desk1', 'front_desk1'],
    ['anydesk', '1 234 567 890', '1234567890'],
    ['anydesk', 'front-desk@ad', 'front-desk@ad'],
    ['teamviewer', '1 234 567 89', '123456789'],
    ['vnc', 'pos-terminal.shop.local', 'pos-terminal.shop.local'],
    ['vnc', '192.168.1.20:5901', '192.168.1.20:5901'],
    ['vnc', '[fe80::1]:5900', '[fe80::1]:5900'],
    ['custom', 'HOST-42.example:7000', 'HOST-42.example:7000'],
  ] as const)('%s takes %j as %j', (tool, typed, id) => {
    expect(accepted(tool, typed)).toEqual({ ok: true, id });
  });

  it('trims what was pasted around the id', () => {
    expect(accepted('teamviewer', '  987654321 \t')).toEqual({ ok: true, id: '987654321' });
  });
});

describe('remote ids refused before anything is launched', () => {
  const hostile = [
    ['a space inside a word', 'front desk'],
    ['a double quote', '123456789"'],
    ['a single quote', "123456789'"],
    ['a leading option', '-e calc'],
    ['a leading long option', '--password=secret'],
    ['a lone dash option', '-123456789'],
    ['a command separator', '123456789;calc'],
    ['an ampersand', '123456789&calc'],
    ['a pipe', '123456789|calc'],
    ['a backtick', '`calc`'],
    ['a dollar expansion', '$(calc)'],
    ['a newline', '123456789\ncalc'],
    ['a carriage return', '123456789\rcalc'],
    ['an encoded NUL', '123456789%00'],
    ['a NUL character', '123456789\u0000'],
    ['a URI of its own', 'file:///etc/passwd'],
    ['a query string', '123456789?password=x'],
    ['a path', '../../bin/sh'],
    ['Cyrillic look-alike letters', 'frоnt_desk'],
    ['full-width digits', '１２３４５６７８９'],
    ['a zero-width space', '123456\u200b789'],
    ['a right-to-left override', '123456789\u202e'],
  ] as const;

  for (const tool of REMOTE_TOOLS) {
    it.each(hostile)(`${tool}: refuses %s`, (_, typed) => {
      expect(accepted(tool, typed).ok).toBe(false);
    });
  }

  it('names the problem so the dialog can explain it', () => {
    expect(accepted('rustdesk', '   ')).toEqual({ ok: false, problem: 'empty' });
    expect(accepted('custom', 'a'.repeat(256))).toEqual({ ok: false, problem: 'tooLong' });
    expect(accepted('anydesk', '１２３４５６７８９')).toEqual({ ok: false, problem: 'notAscii' });
    expect(accepted('teamviewer', '12-34')).toEqual({ ok: false, problem: 'format' });
  });

  it('refuses ids of the wrong shape for the tool', () => {
    expect(accepted('teamviewer', 'front_desk').ok).toBe(false);
    expect(accepted('anydesk', 'front-desk@evil').ok).toBe(false);
    expect(accepted('rustdesk', '12345').ok).toBe(false);
    expect(accepted('vnc', 'host:70000').ok).toBe(false);
    expect(accepted('vnc', 'host:0').ok).toBe(false);
    expect(accepted('vnc', '-host').ok).toBe(false);
    expect(accepted('custom', 'x'.repeat(65)).ok).toBe(false);
  });
});
