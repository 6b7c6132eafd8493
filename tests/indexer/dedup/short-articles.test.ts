import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../../../src/lib/article';
import { decodeFingerprint } from '../../../indexer/dedup/fingerprint';
import { StoryIndex } from '../../../indexer/dedup/story-index';
import { BOILERPLATE_MIN_DOCS, BoilerplateLines } from '../../../indexer/dedup/boilerplate-lines';
import { buildDocument } from '../../../indexer/pipeline/build-document';
import { toArticle } from '../../../indexer/pipeline/to-article';
import { FR_STORY } from './stories';

const TOWNS = ['Quimper', 'Brest', 'Rennes', 'Lorient', 'Vannes', 'Nantes', 'Angers', 'Tours', 'Caen', 'Rouen'];
const FOOTER = Array.from(
	{ length: 10 },
	(_, i) =>
		`Notre rédaction suit ce dossier au quotidien et publie chaque matin la synthèse numéro ${i} des alertes de sécurité.`
).join(' '); // ~100 words, the same under every lead

/** What the indexer does with each article, in order: the story each joined (null: a story of its own). */
function stories(raws: RawArticle[]): (string | null)[] {
	const index = new StoryIndex();
	return raws.map((raw) => {
		const doc = buildDocument(toArticle(raw));
		return index.add(doc.id, decodeFingerprint(doc.dedup_sig)).joined;
	});
}

describe('distinct short articles are never copies of each other', () => {
	it.each<[string, (town: string, i: number) => RawArticle]>([
		[
			'title-only text files',
			(town, i) => ({ id: `t${i}`, origin: `t${i}.txt`, body: `Cyberattaque contre la mairie de ${town}` })
		],
		[
			'a title and a last line the cleaner drops as a credit',
			(town, i) => ({
				id: `t${i}`,
				origin: `t${i}.txt`,
				body: `Cyberattaque contre la mairie de ${town}\nEnquête en cours.`
			})
		],
		[
			'feed items sharing a teaser',
			(town, i) => ({
				id: `f${i}`,
				origin: `f.rss:${i}`,
				title: `Rançongiciel à l'hôpital de ${town}`,
				body: 'Lire la suite'
			})
		],
		[
			'feed items sharing a subscribers-only teaser',
			(town, i) => ({
				id: `f${i}`,
				origin: `f.rss:${i}`,
				title: `Fuite de données à la préfecture de ${town}`,
				body: 'Article réservé aux abonnés. Abonnez-vous pour lire la suite de cet article.'
			})
		]
	])('%s: every one is its own story', (_name, make) => {
		expect(stories(TOWNS.map(make))).toEqual(TOWNS.map(() => null));
	});

	it('copies of a real story still join it, title and all', () => {
		const joined = stories([
			{ id: 'a', origin: 'a', title: 'Attaque au couteau à Lyon', body: FR_STORY },
			{ id: 'b', origin: 'b', title: 'Attaque au couteau à Lyon', body: FR_STORY },
			{ id: 'c', origin: 'c', title: 'Lyon : deux blessés dans une attaque', body: `Lyon (AFP) - ${FR_STORY}` }
		]);
		expect(joined).toEqual([null, 'a', 'a']);
	});
});

describe('a changed document that no longer matches its story leaves it', () => {
	it('an emptied or rewritten copy gets a story of its own; the story is told it changed', () => {
		const index = new StoryIndex();
		const add = (id: string, title: string, body: string) =>
			index.add(id, decodeFingerprint(buildDocument(toArticle({ id, origin: id, title, body })).dedup_sig));
		add('a', 'Attaque au couteau à Lyon', FR_STORY);
		add('b', 'Attaque au couteau à Lyon', FR_STORY);
		add('c', 'Attaque au couteau à Lyon', FR_STORY);
		expect(add('b', 'Attaque au couteau à Lyon', 'Lire la suite')).toMatchObject({
			kind: 'new',
			storyId: 'b',
			left: 'a'
		});
		expect(index.story('a')).toEqual(['a', 'c']);
		// The canonical itself emptied: its story passes to the next member.
		expect(add('a', 'Attaque', 'Enquête en cours.')).toMatchObject({ kind: 'new', left: 'c' });
		expect(index.fields('c')).toMatchObject({ story_id: 'c', story_size: 1 });
		expect(index.fields('a')).toMatchObject({ story_id: 'a', story_size: 1 });
	});
});

describe('BoilerplateLines: a link made of a footer alone', () => {
	const lead = (town: string) =>
		`Les services informatiques de ${town} ont détecté une intrusion visant la messagerie des agents municipaux.`;

	it('is undone once the footer is in enough documents; a shared paragraph of one story is not', () => {
		const lines = new BoilerplateLines();
		TOWNS.forEach((town, i) => lines.add(`l${i}`, `${lead(town)}\n${FOOTER}`));
		lines.add('w1', `${FR_STORY}\n${FOOTER}`);
		lines.add('w2', `${FR_STORY}\n${FOOTER}`);
		expect(lines.onlyBoilerplateInCommon('l1', 'l0')).toBe(true);
		// The wire story's own paragraph is in two documents only: the link stands.
		expect(lines.onlyBoilerplateInCommon('w2', 'w1')).toBe(false);
		// A document from an earlier run is unknown: nothing is undone.
		expect(lines.onlyBoilerplateInCommon('l1', 'earlier')).toBe(false);
	});

	it(`counts a line as boilerplate from ${BOILERPLATE_MIN_DOCS} documents`, () => {
		const lines = new BoilerplateLines();
		TOWNS.slice(0, BOILERPLATE_MIN_DOCS - 1).forEach((town, i) => lines.add(`l${i}`, `${lead(town)}\n${FOOTER}`));
		expect(lines.onlyBoilerplateInCommon('l1', 'l0')).toBe(false);
		lines.add('l9', FOOTER);
		expect(lines.onlyBoilerplateInCommon('l1', 'l0')).toBe(true);
	});
});
