/**
 * Members of the REL TO groups seen in cables. data/vocab/rel-to-codes.csv (IC-ISM CVEnumISMRelTo)
 * names the tetragraphs but not their members, so the lists are written here, each with its
 * source and the date it describes. Groups are expanded to ISO alpha-3 countries when a marking is
 * parsed, so access decisions only ever compare countries.
 *
 * The corpus ends in 2010, so each list is the membership as of 2010-12-31: a country that joined
 * later (e.g. Finland and Sweden in NATO) was not part of the audience the originator released to,
 * and is not added (the conservative reading).
 */

/** Group name (as written in cables, upper case) → member countries (alpha-3). */
export const relToGroups: Readonly<Record<string, readonly string[]>> = {
  // NATO, 28 members as of 2010-12-31: founding 12 (1949), GRC TUR (1952), DEU (1955), ESP (1982),
  // CZE HUN POL (1999), BGR EST LVA LTU ROU SVK SVN (2004), ALB HRV (2009).
  // Source: NATO "Member countries" page (nato.int), accession dates. Written 2026-11-29.
  NATO: ['ALB', 'BEL', 'BGR', 'CAN', 'HRV', 'CZE', 'DNK', 'EST', 'FRA', 'DEU', 'GRC', 'HUN', 'ISL', 'ITA', 'LVA', 'LTU', 'LUX', 'NLD', 'NOR', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'TUR', 'GBR', 'USA'],
  // FVEY (FIVE EYES), ACGU (FOUR EYES), TEYE (THREE EYES): IC-ISM CVEnumISMRelTo names; members per
  // the CAPCO register's usual expansion (AUS CAN GBR NZL USA / AUS CAN GBR USA / AUS GBR USA).
  FVEY: ['AUS', 'CAN', 'GBR', 'NZL', 'USA'],
  ACGU: ['AUS', 'CAN', 'GBR', 'USA'],
  TEYE: ['AUS', 'GBR', 'USA'],
  // ISAF troop contributors, November 2010: the 46 nations in AFP's table "Foreign troop numbers in
  // Afghanistan" (data provided by NATO, Nov 2010; stored page nuclearpowerdaily.com) plus Jordan
  // (listed among contributors in Oct 2009, helmandblog.blogspot.com "43 nations in ISAF").
  ISAF: ['USA', 'GBR', 'DEU', 'FRA', 'ITA', 'CAN', 'POL', 'TUR', 'ROU', 'ESP', 'AUS', 'GEO', 'DNK', 'BGR', 'HUN', 'SWE', 'BEL', 'CZE', 'NOR', 'HRV', 'ALB', 'SVK', 'KOR', 'NLD', 'NZL', 'LTU', 'LVA', 'MKD', 'FIN', 'EST', 'PRT', 'AZE', 'GRC', 'SVN', 'MNG', 'BIH', 'ARM', 'SGP', 'ARE', 'MNE', 'MYS', 'UKR', 'LUX', 'IRL', 'ISL', 'AUT', 'JOR'],
  // European Union, 27 member states as of 2010-12-31 (Croatia joined 2013-07-01; the UK left
  // 2020-01-31 but was a member in the period). Source: europa.eu "EU countries". Written 2026-11-29.
  EU: ['AUT', 'BEL', 'BGR', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL', 'ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE', 'GBR'],
  // Australia Group participants in 2010: 40 countries (the European Commission also takes part;
  // Mexico joined 2013, India 2018). Source: australiagroup.net "Australia Group Participants".
  'AUSTRALIA GROUP': ['ARG', 'AUS', 'AUT', 'BEL', 'BGR', 'CAN', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'ISL', 'IRL', 'ITA', 'JPN', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'NZL', 'NOR', 'POL', 'PRT', 'KOR', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE', 'CHE', 'TUR', 'UKR', 'GBR', 'USA'],
};

/** Other spellings of the groups above. */
const groupAliases: Readonly<Record<string, string>> = {
  'FIVE EYES': 'FVEY', 'FOUR EYES': 'ACGU', 'THREE EYES': 'TEYE',
  'EU MEMBER STATES': 'EU', 'EUROPEAN UNION': 'EU', 'EU MEMBERS': 'EU',
  AG: 'AUSTRALIA GROUP',
  'NORTH ATLANTIC TREATY ORGANIZATION': 'NATO',
  'INTERNATIONAL SECURITY ASSISTANCE FORCE': 'ISAF',
};

/**
 * The members of a REL TO group written as in a cable (`NATO`, `EU MEMBER STATES`), or null.
 * @example groupMembers('fvey') // ['AUS', 'CAN', 'GBR', 'NZL', 'USA']
 */
export function groupMembers(name: string): readonly string[] | null {
  const key = name.trim().toUpperCase().replace(/\s+/g, ' ');
  return relToGroups[groupAliases[key] ?? key] ?? null;
}
