import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dominates, parseBanner, parsePortionMarking, renderMarking, rollUp, type Marking } from '../../src/markings/index.js';

const p = (s: string): Marking => parsePortionMarking(s)!;

test('the seed portions roll up to SECRET//NOFORN', () => {
  assert.equal(rollUp(['U', 'S/NF', 'S/NF', 'SECRET/REL FRANCE', 'U', 'U', 'U'].map(p))!.text, 'SECRET//NOFORN');
});

test('REL TO rolls up to the countries common to every classified portion', () => {
  assert.equal(rollUp([p('S/REL TO USA, GBR, FRA'), p('C/REL UK'), p('U')])!.text, 'SECRET//REL TO USA, GBR');
  assert.equal(rollUp([p('S/REL UK'), p('C')])!.text, 'SECRET', 'a classified portion without REL TO stops the banner REL');
  assert.equal(rollUp([p('S/REL UK'), p('SBU/NF')])!.text, 'SECRET//NOFORN');
});

test('controls: union, EXDIS under NODIS dropped, unclassified caveats only in an unclassified banner', () => {
  assert.equal(rollUp([p('C//NODIS'), p('C//EXDIS')])!.text, 'CONFIDENTIAL//NODIS');
  assert.equal(rollUp([p('SBU'), p('C')])!.text, 'CONFIDENTIAL');
  assert.equal(rollUp([p('SBU'), p('U')])!.text, 'UNCLASSIFIED//SBU');
  assert.equal(rollUp([]), null);
});

test('dominates', () => {
  const banner = parseBanner('SECRET//NOFORN')!;
  assert.equal(dominates(banner, p('S/NF')), true);
  assert.equal(dominates(banner, p('SECRET/REL FRANCE')), true);
  assert.equal(dominates(parseBanner('CONFIDENTIAL')!, p('S')), false);
  assert.equal(dominates(parseBanner('SECRET//REL TO USA, FRA')!, p('S/NF')), false, 'REL banner over a NOFORN portion');
  assert.equal(dominates(parseBanner('SECRET')!, p('C//NODIS')), false);
  assert.equal(renderMarking(p('U')), 'UNCLASSIFIED');
});
