import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractNetwork } from '../../src/extract/network.js';
import type { Cable } from '../../src/cable/types.js';

/** A hand-built cable from paragraph texts. */
function cable(...paragraphs: string[]): Cable {
  let offset = 0;
  const ps = paragraphs.map((text, i) => {
    const p = { number: String(i + 1), marking: null, text, start: offset, end: offset + text.length };
    offset += text.length + 2;
    return p;
  });
  return { id: 'TEST1', created: null, released: null, origin: null, banner: null, header: null, eo: null, tags: [], subject: null, refs: [], classifiedBy: null, summary: null, paragraphs: ps, signedBy: [], diagnostics: [], raw: paragraphs.join('\n\n') };
}

function names(c: Cable, kind: string): string[] {
  return [...new Set(extractNetwork(c).mentions.filter((m) => m.kind === kind).map((m) => m.name))];
}

function relations(c: Cable): string[] {
  const x = extractNetwork(c);
  const name = (k: string) => x.mentions.find((m) => m.key === k)?.name ?? k;
  return x.relations.map((r) => `${r.kind}: ${name(r.from)} -> ${name(r.to)}`);
}

test('control entries in every notation, normalised', () => {
  const x = extractNetwork(cable(
    'The sensors are controlled under the Wassenaar Arrangement, Section 6.A.2.a.3, and ECCN 6A002.a.3 of the CCL.',
    'Certain types of maraging steel are controlled by the Nuclear Suppliers Group Dual Use List, under item 2. C. 11 and by the Missile Technology Control Regime under item 6C8 of Category II.',
    'It is possible that some UAV-related equipment may be MTCR-controlled, per MTCR Item 12.A.1.',
  ));
  const codes = new Set(x.mentions.filter((m) => m.kind === 'control-entry').map((m) => m.key.replace('control-entry:', '')));
  for (const c of ['6A002.a.3', 'NSG 2.C.11', 'MTCR 6.C.8', 'MTCR 12.A.1']) assert.ok(codes.has(c), `${c} in ${[...codes].join(', ')}`);
  assert.ok(!codes.has('MTCR'), 'a regime named beside its numbered entry is not a separate entry');
});

test('a regime mentioned as a body is not a control entry; a statement that goods are not controlled is none either', () => {
  const x = extractNetwork(cable('The MTCR plenary met in Rio. These pumps are not controlled by the Australia Group.'));
  assert.equal(x.mentions.filter((m) => m.kind === 'control-entry').length, 0);
});

test('organisations by legal form, descriptor, possessive and list name, with their countries', () => {
  const c = cable("Iran's Machine Sazi Tabriz was working to finalize a purchase of machine tools from Brazil's Mello S.A. Maquinas e Equipamentos. The Iranian intermediary Poshtiban Abzar Pars was helping. The Dutch firm AMT Netherlands shipped engines to the Shahid Hemmat Industrial Group.");
  const x = extractNetwork(c);
  const country = (n: string) => x.mentions.find((m) => m.name.startsWith(n))?.country;
  assert.equal(country('Machine Sazi Tabriz'), 'IRN');
  assert.equal(country('Mello S.A.'), 'BRA');
  assert.equal(country('Poshtiban Abzar Pars'), 'IRN');
  assert.equal(country('AMT Netherlands'), 'NLD');
  assert.equal(country('Shahid Hemmat Industrial Group'), 'IRN');
  const rels = relations(c);
  assert.ok(rels.some((r) => r.startsWith('procures-from: Machine Sazi Tabriz -> Mello S.A.')), rels.join('\n'));
  assert.ok(rels.includes('located-in: Machine Sazi Tabriz -> Iran'), rels.join('\n'));
  assert.ok(rels.some((r) => r.startsWith('supplies: AMT Netherlands -> Shahid Hemmat')), rels.join('\n'));
});

test('demonyms give countries but are not country mentions; country nouns are', () => {
  const c = cable('The French firm Sofradir sells detectors to Iran.');
  const x = extractNetwork(c);
  assert.deepEqual(x.mentions.filter((m) => m.kind === 'country').map((m) => m.country), ['IRN']);
  assert.equal(x.mentions.find((m) => m.name === 'Sofradir')?.country, 'FRA');
});

test('subsidiaries, front companies, brokers and end users', () => {
  const rels = relations(cable(
    'Heavy Metal Industries, a front company for the tactical missile developer Ya Mahdi Industries, sought gyroscopes.',
    'Ward Commercial Company had procured items on behalf of the Shahid Hemmat Industrial Group.',
    'Bushmaster Firearms International sold 1,030 carbines to Nuevo Laredo Trading Company. An end-user certificate from the Secretaria de la Defensa Nacional was provided.',
  ));
  assert.ok(rels.some((r) => r.startsWith('subsidiary-of: Heavy Metal Industries -> Ya Mahdi Industries')), rels.join('\n'));
  assert.ok(rels.some((r) => r.startsWith('brokers: Ward Commercial Company -> Shahid Hemmat Industrial Group')), rels.join('\n'));
  assert.ok(rels.some((r) => r.startsWith('supplies: Bushmaster Firearms International -> Nuevo Laredo Trading Company')), rels.join('\n'));
  assert.ok(rels.some((r) => r.startsWith('end-user-of: Secretaria de la Defensa Nacional -> Bushmaster Firearms International')), rels.join('\n'));
});

test('negated and hypothetical transfers are not relations', () => {
  const rels = relations(cable('We ask France to act so China cannot use French components to manufacture weapons and sell them to Iran.'));
  assert.deepEqual(rels.filter((r) => r.startsWith('supplies')), []);
});

test('vessels', () => {
  const x = extractNetwork(cable('The China Northern Chemical and Minerals Company will export sodium sulfide to Armenia on the M/V Iran Teyfouri.'));
  assert.deepEqual(x.mentions.filter((m) => m.kind === 'vessel').map((m) => m.name), ['Iran Teyfouri']);
  assert.ok(!x.mentions.some((m) => m.kind === 'country' && m.country === 'IRN'), 'Iran inside a vessel name is not a country mention');
});

test('never throws on odd input', () => {
  for (const t of ['', '(', 'XXXXXXXXXXXX and XXXXXXXXXXXX', 'to to to from from', '6.A.2.', 'ALL CAPS TEXT ABOUT IRAN AND CHINA SELLING THINGS']) {
    assert.doesNotThrow(() => extractNetwork(cable(t)));
  }
});

test('persons named after a role, alone or in a list, and the authority that designated them', () => {
  const c = cable("The U.S. Department of Treasury's Office of Foreign Assets Control (OFAC) designated two senior Venezuelan government officials, Hugo Carvajal Barrios and Henry de Jesus Rangel Silva, and one former official, Ramon Rodriguez Chacin. Iranian businessman Hamid Reihani established himself as a dealer for the Dutch manufacturer AMT Netherlands.");
  const x = extractNetwork(c);
  assert.deepEqual(names(c, 'person').sort(), ['Hamid Reihani', 'Henry de Jesus Rangel Silva', 'Hugo Carvajal Barrios', 'Ramon Rodriguez Chacin']);
  assert.equal(x.mentions.find((m) => m.name === 'Hamid Reihani')?.country, 'IRN');
  const rels = relations(c);
  assert.ok(rels.some((r) => /^sanctioned-by: Hugo Carvajal Barrios -> .*Office of Foreign Assets Control/.test(r)), rels.join('\n'));
  assert.ok(rels.some((r) => r.startsWith('brokers: Hamid Reihani -> AMT Netherlands')), rels.join('\n'));
});

test('goods and states named only in passing are dropped; moved goods stay', () => {
  const x = extractNetwork(cable('Missiles and aircraft were discussed with officials from Japan. The French firm Sofradir sold infrared detectors to Iran.'));
  const items = x.mentions.filter((m) => m.kind === 'item').map((m) => m.name);
  assert.deepEqual(items, ['infrared detectors']);
  assert.deepEqual(x.mentions.filter((m) => m.kind === 'country').map((m) => m.country), ['IRN']);
});

test('Munitions List entries (ML1.a, ML 2) and one regime before two numbers', () => {
  const x = extractNetwork(cable('These rifles are controlled under Wassenaar ML1.a and the grenade launchers under ML 2.'));
  const entries = x.mentions.filter((m) => m.kind === 'control-entry').map((m) => m.key);
  assert.deepEqual(entries, ['control-entry:ML1.a', 'control-entry:ML2']);
});
