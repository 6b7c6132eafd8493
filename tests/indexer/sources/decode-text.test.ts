import { describe, expect, it } from 'vitest';
import { decodeText, DecodeError, isPlausibleText, trimPartialUtf8 } from '../../../indexer/sources/decode-text';
import { ARABIC, FRENCH, encodeWindows1256, utf16 } from './fixtures';

describe('decodeText', () => {
	it('reads UTF-8 with and without BOM', () => {
		expect(decodeText(Buffer.from(ARABIC))).toEqual({ text: ARABIC, encoding: 'utf-8' });
		expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH)]))).toEqual({
			text: FRENCH,
			encoding: 'utf-8'
		});
	});

	it('reads UTF-16 LE and BE announced by a BOM', () => {
		expect(decodeText(utf16(ARABIC, 'le'))).toEqual({ text: ARABIC, encoding: 'utf-16le' });
		expect(decodeText(utf16(FRENCH, 'be'))).toEqual({ text: FRENCH, encoding: 'utf-16be' });
	});

	it('falls back to Windows-1256 for Arabic and French archives that are not UTF-8', () => {
		expect(decodeText(encodeWindows1256(ARABIC))).toEqual({ text: ARABIC, encoding: 'windows-1256' });
		const french = 'Enquête ouverte à Marseille après l’attentat déjoué près de l’église.';
		expect(decodeText(encodeWindows1256(french)).text).toBe(french);
	});

	it('honours a declared legacy charset, but lets valid UTF-8 win over a stale declaration', () => {
		const latin1 = Buffer.from('café déjà vu', 'latin1');
		expect(decodeText(latin1, 'iso-8859-1')).toEqual({ text: 'café déjà vu', encoding: 'windows-1252' });
		expect(decodeText(Buffer.from(ARABIC), 'windows-1256').encoding).toBe('utf-8');
		expect(decodeText(latin1, 'no-such-charset').encoding).toBe('windows-1256');
	});

	it('refuses bytes that are neither UTF-8 nor plausible Windows-1256', () => {
		// GBK-like double-byte text: through the Windows-1256 table it becomes Arabic glued to Latin.
		const gbk = Buffer.from('d6d0cec4b5c4cec4d7d6d6d0b9fab5c4c8cbc3f1d0c2cec5cab1c6c0d6d0cec4b5c4cec4d7d6', 'hex');
		expect(() => decodeText(gbk)).toThrow(DecodeError);
		// Control characters are not text in any encoding.
		expect(() => decodeText(Uint8Array.of(0x41, 0x01, 0x02, 0xff, 0x03, 0x9f, 0x04))).toThrow(DecodeError);
	});

	it('judges plausibility on the decoded text', () => {
		expect(isPlausibleText(ARABIC)).toBe(true);
		expect(isPlausibleText('abc\u0001def')).toBe(false);
	});

	it('trims a cut multi-byte character only', () => {
		const bytes = Buffer.from('مرحبا');
		expect(trimPartialUtf8(bytes.subarray(0, 3)).length).toBe(2);
		expect(trimPartialUtf8(bytes).length).toBe(bytes.length);
		expect(trimPartialUtf8(Buffer.from('abc')).length).toBe(3);
	});
});
