/**
 * Writes countries.generated.json: every ISO 3166-1 alpha-2 code with its
 * names in ar/fr/en from Node's ICU, so 250 names are never typed by hand.
 * Run: npx tsx src/lib/knowledge/generate-countries.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// ICU also names exceptionally reserved, transitional and private-use codes: not countries.
const NOT_ISO = new Set(
	'AC CP CQ DG EA EU EZ IC QO TA UN XA XB XK ZZ AN BU CS DD FX NT SU TP YD YU ZR DY HV NH RH UK VD'.split(' ')
);

// ICU's display names carry disambiguation in parentheses or after a dash ("Myanmar (Burma)",
// "Congo - Kinshasa"); a news text writes the plain name.
function clean(name: string): string {
	return name.replace(/\s*\(.*\)\s*$/, '').trim();
}

export function generateCountries(): Array<{ id: string; labels: { ar: string; fr: string; en: string } }> {
	const names = {
		ar: new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' }),
		fr: new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'none' }),
		en: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })
	};
	const out: Array<{ id: string; labels: { ar: string; fr: string; en: string } }> = [];
	for (let a = 65; a <= 90; a++) {
		for (let b = 65; b <= 90; b++) {
			const code = String.fromCharCode(a, b);
			const en = names.en.of(code);
			if (!en || en === code || NOT_ISO.has(code)) continue;
			out.push({
				id: code,
				labels: {
					ar: clean(names.ar.of(code) ?? en),
					fr: clean(names.fr.of(code) ?? en),
					en: clean(en)
				}
			});
		}
	}
	// Kosovo has no ISO code but is named in the news; XK is the code everyone uses for it.
	out.push({ id: 'XK', labels: { ar: 'كوسوفو', fr: 'Kosovo', en: 'Kosovo' } });
	return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const list = generateCountries();
	const target = new URL('./countries.generated.json', import.meta.url);
	writeFileSync(target, JSON.stringify(list, null, '\t') + '\n');
	console.log(`wrote ${list.length} countries`);
}
