import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBanner, parseCaptionLine, parsePortionMarking, renderMarking, renderPortionMarking } from '../../src/markings/index.js';

/** Portion forms seen in the corpus → canonical banner form (null: not a marking). */
const portions: [string, string | null][] = [
  ['U', 'UNCLASSIFIED'], ['u', 'UNCLASSIFIED'], ['C', 'CONFIDENTIAL'], ['c', 'CONFIDENTIAL'], [' C ', 'CONFIDENTIAL'],
  ['S', 'SECRET'], ['TS', 'TOP SECRET'], ['Confidential', 'CONFIDENTIAL'],
  ['SBU', 'UNCLASSIFIED//SBU'], ['SB', 'UNCLASSIFIED//SBU'], ['SE', 'SECRET'],
  ['S/NF', 'SECRET//NOFORN'], ['S//NF', 'SECRET//NOFORN'], ['s/nf', 'SECRET//NOFORN'], ['C NF', 'CONFIDENTIAL//NOFORN'],
  ['S-NF', 'SECRET//NOFORN'], ['SNF', 'SECRET//NOFORN'], ['S/Noforn', 'SECRET//NOFORN'], ['C//NOFORN', 'CONFIDENTIAL//NOFORN'],
  ['C/F', 'CONFIDENTIAL//NOFORN'], ['SBU/NF', 'UNCLASSIFIED//NOFORN//SBU'], ['U//FOUO', 'UNCLASSIFIED//FOR OFFICIAL USE ONLY'],
  ['S//FGI//NF', 'SECRET//FGI//NOFORN'], ['C//NODIS', 'CONFIDENTIAL//NODIS'],
  ['SECRET/REL FRANCE', 'SECRET//REL TO USA, FRA'], ['Secret/Rel Armenia', 'SECRET//REL TO USA, ARM'],
  ['S/REL TO USA, GBR', 'SECRET//REL TO USA, GBR'], ['C//REL TO USA, KEN, GBR//', 'CONFIDENTIAL//REL TO USA, GBR, KEN'],
  ['S/REL UK', 'SECRET//REL TO USA, GBR'], ['S/ REL TO UK', 'SECRET//REL TO USA, GBR'], ['S/Rel China and UK', 'SECRET//REL TO USA, CHN, GBR'],
  ['S/REL CH', 'SECRET//REL TO USA, CHN'], ['S/REL ROYG', 'SECRET//REL TO USA, YEM'], ['S/Rel Pak', 'SECRET//REL TO USA, PAK'],
  ['C/Releasable to Italy', 'CONFIDENTIAL//REL TO USA, ITA'], ['S/REL South Korea', 'SECRET//REL TO USA, KOR'],
  ['S//REL TO USA, FVEY', 'SECRET//REL TO USA, AUS, CAN, GBR, NZL'], ['S/REL to UK, PAKISTAN', 'SECRET//REL TO USA, GBR, PAK'],
  ['S/NF/rel Panama', 'SECRET//NOFORN'], ['SECRET/rel IAEA', 'SECRET//REL TO USA'],
  ['CONFIDENTIAL -- ENTIRE PARAGRAPH', 'CONFIDENTIAL'], ['C - ENTIRE TEXT', 'CONFIDENTIAL'],
  ['U.S.', null], ['UN', null], ['EU', null], ['IRAN', null], ['Afghanistan', null], ['NOTE: see below', null], ['3', null],
  ['a', null], ['g', null], ['S and T', null], ['SE Asia', null], ['The seat allocated under (e', null], ['', null],
];

for (const [inner, expected] of portions) {
  test(`portion (${inner}) → ${expected}`, () => {
    const m = parsePortionMarking(inner);
    assert.equal(m === null ? null : renderMarking(m), expected);
    if (m) assert.equal(m.text, inner.trim(), 'text keeps the marking as written');
  });
}

test('groups expand to their members and keep USA first', () => {
  const nato = parsePortionMarking('C/REL NATO')!;
  assert.equal(nato.relTo[0], 'USA');
  assert.ok(nato.relTo.includes('FRA') && nato.relTo.includes('TUR') && nato.relTo.includes('ALB'));
  assert.ok(!nato.relTo.includes('FIN'), 'NATO as of 2010: Finland joined in 2023');
  const nf = parsePortionMarking('S/REL TO NATO/AUS')!;
  assert.ok(nf.relTo.includes('AUS') && nf.relTo.includes('DEU'));
  assert.ok(parsePortionMarking('C/REL ISAF')!.relTo.includes('GEO'));
  assert.ok(parsePortionMarking('C//REL AUSTRALIA GROUP')!.relTo.includes('JPN'));
  assert.ok(parsePortionMarking('C/REL EU MEMBER STATES')!.relTo.includes('MLT'));
});

test('NOFORN wins over a REL TO written beside it', () => {
  const m = parsePortionMarking('S/NF/rel Panama')!;
  assert.equal(m.noforn, true);
  assert.equal(renderPortionMarking(m), 'S//NF');
});

test('banners, metadata lines and caption lines', () => {
  const cases: [string, string][] = [
    ['SECRET//NOFORN', 'SECRET//NOFORN'], ['CONFIDENTIAL//NOFORN', 'CONFIDENTIAL//NOFORN'],
    ['UNCLASSIFIED//FOR OFFICIAL USE ONLY', 'UNCLASSIFIED//FOR OFFICIAL USE ONLY'], ['UNCLASSIFIED', 'UNCLASSIFIED'],
    ['SECRET//REL TO USA, FRA', 'SECRET//REL TO USA, FRA'], ['S E C R E T STATE 096222', 'SECRET'],
    ['C O N F I D E N T I A L SECTION 01 OF 02 LONDON 002498', 'CONFIDENTIAL'], ['UNCLAS', 'UNCLASSIFIED'],
    ['TOP SECRET//NOFORN//NODIS', 'TOP SECRET//NOFORN//NODIS'], ['LIMITED OFFICIAL USE', 'UNCLASSIFIED//LIMITED OFFICIAL USE'],
  ];
  for (const [text, expected] of cases) assert.equal(renderMarking(parseBanner(text)!), expected, text);
  assert.equal(parseBanner('SE'), null, 'portion-only typos are not banners');
  assert.deepEqual(parseBanner('SECRET//WIDGET')!.controls, ['WIDGET'], 'unknown banner terms are kept (they deny)');
});

test('caption control lines; SIPDIS is an indicator, not a control', () => {
  assert.deepEqual(parseCaptionLine('E X D I S'), { noforn: false, controls: ['EXDIS'], sipdis: false });
  assert.deepEqual(parseCaptionLine('NOFORN'), { noforn: true, controls: [], sipdis: false });
  assert.deepEqual(parseCaptionLine('SIPDIS'), { noforn: false, controls: [], sipdis: true });
  assert.deepEqual(parseCaptionLine('NODIS'), { noforn: false, controls: ['NODIS'], sipdis: false });
  assert.equal(parseCaptionLine('E.O. 12958: DECL: 09/04/2034'), null);
  assert.equal(parseCaptionLine('SUBJECT: (S) FOO'), null);
});

test('portion form renders IC abbreviations', () => {
  assert.equal(renderPortionMarking(parseBanner('SECRET//NOFORN')!), 'S//NF');
  assert.equal(renderPortionMarking(parsePortionMarking('SECRET/REL FRANCE')!), 'S//REL TO USA, FRA');
  assert.equal(renderPortionMarking(parsePortionMarking('U')!), 'U');
});
