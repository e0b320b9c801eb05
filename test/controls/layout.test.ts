import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutParagraphs } from '../../src/controls/build/layout-paragraphs.js';

test('layout sub-paragraphs nest by indentation and skip lists inside notes', () => {
  const layout = [
    'ML5. Fire control equipment, as follows:',
    '          a. Weapon sights;',
    '          b. Other equipment, as',
    '             follows:',
    '             1. Target acquisition systems;',
    '              Note For the purposes of ML5.b., this includes:',
    '                      a. detection equipment;',
    '          c. Countermeasure equipment;',
  ].join('\n');
  assert.deepEqual(layoutParagraphs(layout, 'ML5'), [
    { code: 'ML5.a', heading: 'Weapon sights;' },
    { code: 'ML5.b', heading: 'Other equipment, as follows:' },
    { code: 'ML5.b.1', heading: 'Target acquisition systems;' },
    { code: 'ML5.c', heading: 'Countermeasure equipment;' },
  ]);
});
