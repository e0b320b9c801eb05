import { test } from 'node:test';
import assert from 'node:assert/strict';
import { euView } from '../../src/controls/eu.js';
import { resolveEntry } from '../../src/controls/entries.js';

const view = (id: string, to: string) => euView(resolveEntry(id)!, to);
const ga = (id: string, to: string) => view(id, to).generalAuthorisations.filter((g) => g.available).map((g) => g.id);

test('EU001 covers its destinations for Annex I items outside Annex II Section I', () => {
  for (const to of ['AUS', 'CAN', 'ISL', 'JPN', 'NZL', 'NOR', 'CHE', 'LIE', 'GBR', 'USA']) assert.equal(view('6A002.a.3', to).route, 'EU001', to);
  assert.equal(view('6A002.a.3', 'CHN').route, 'individual');
  assert.equal(view('1C351', 'USA').route, 'individual', 'Section I item');
  assert.equal(view('9A117', 'JPN').route, 'individual', 'Section I item');
});

test('purpose-specific general authorisations are offered only for the items and destinations they name', () => {
  assert.ok(ga('1C003.b', 'ARG').includes('EU002'));
  assert.ok(!ga('1C003.b', 'CHN').includes('EU002'));
  assert.ok(ga('5A001.c', 'IND').includes('EU005'));
  assert.ok(!ga('6A002.a.3', 'CHN').includes('EU004'), 'EU004 excludes 6A002.a');
  assert.ok(ga('6E001', 'IND').includes('EU007'), 'EU007 covers technology');
  assert.ok(!ga('6A002.a.3', 'IND').includes('EU007'), 'EU007 is for software and technology only');
  assert.ok(ga('5A002.a.2', 'BRA').includes('EU008'));
  assert.ok(!ga('5A002.a.2', 'CHN').includes('EU008'), 'China is excluded from EU008');
});

test('items not in Annex I need no listing-based authorisation; Annex IV items need one inside the Union', () => {
  const v = view('3A090.a', 'CHN');
  assert.equal(v.listed, false);
  assert.equal(v.authorisationRequired, false);
  assert.match(v.note, /catch-all/);
  assert.equal(view('6B008', 'FRA').authorisationRequired, true);
  assert.equal(view('6A002.a.3', 'FRA').authorisationRequired, false);
  assert.ok(view('6A002.a.3', 'CHN').citations.every((c) => /2026-09-21/.test(c)), 'every EU citation names the consolidation');
});
