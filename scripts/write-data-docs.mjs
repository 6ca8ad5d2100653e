#!/usr/bin/env node
// Writes docs/generated/reference-data.md (not committed): the countries each regional office
// covers, by date, and the country missions, from the data the packages ship
// (@iom/organization/data, @iom/missions/data), with how many facts have a public source and when
// the sources were checked. Run it after `turbo run build` and before typedoc.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadIomMissions } from '@iom/missions/data';
import { coverageAt, regionalOfficeFor, structureFacts } from '@iom/organization';
import { iomStructure } from '@iom/organization/data';

const out = resolve(import.meta.dirname, '../docs/generated');
// The page describes the data as of the day its sources were checked (the latest checkedOn).
const missions = await loadIomMissions();
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const link = (source) => `[${cell(new URL(source.url).hostname)}](${source.url})`;

// Facts and their sources: every record that carries `sources`.
const missionFacts = (mission) => [
  mission,
  mission.mainOffice,
  ...mission.subOffices,
  ...mission.chiefsOfMission,
  ...mission.mentions,
];
const facts = [
  ...structureFacts(iomStructure).map((fact) => fact.sources ?? []),
  ...missions.flatMap((mission) => missionFacts(mission).map((fact) => fact.sources ?? [])),
];
const sourced = facts.filter((sources) => sources.length > 0).length;
const sources = facts.flat();
const checked = sources.filter((source) => source.checkedOn !== undefined);
const lastChecked =
  checked
    .map((source) => source.checkedOn)
    .sort()
    .at(-1) ?? 'never';
const today = lastChecked === 'never' ? new Date().toISOString().slice(0, 10) : lastChecked;

const countryName = new Intl.DisplayNames(['en'], { type: 'region' });
const offices = iomStructure.units.filter((unit) => unit.kind === 'regional_office');

let page = `---
title: Regional coverage and missions
---

# Regional coverage and missions

What \`@iom/organization/data\` and \`@iom/missions/data\` hold, generated from the data itself by
\`scripts/write-data-docs.mjs\`. Every fact carries its public sources; how to correct or add one:
[Correcting or adding a fact](../reference-data-guide.md#correcting-or-adding-a-fact).

- **${facts.length} facts, ${sourced} with at least one public source** (${facts.length - sourced} without).
- ${sources.length} source citations, ${checked.length} with a \`checkedOn\` date; the latest check: ${lastChecked}.
- ${offices.length} regional offices over time, ${offices.filter((unit) => coverageAt(unit, today).length > 0).length} of them in force on ${today} with a coverage list.
- ${missions.length} country missions.

## Regional offices and the countries they cover

A coverage list holds from \`validFrom\` to \`validUntil\` (the office's own dates when it has none);
\`asOf\` is the date its sources give it for. A *partial* list names only the countries a source was
found for: the office may cover more.
`;
for (const office of offices) {
  const from = office.validFrom ?? 'the start';
  const until = office.validUntil ?? 'today';
  page += `\n### ${cell(office.name.en)} (\`${office.id}\`)\n\n${from} to ${until}`;
  if (office.replaces?.length) page += `; took over ${office.replaces.map((id) => `\`${id}\``).join(', ')}`;
  page += '.\n';
  if (!office.coverage?.length) {
    page += '\nNo coverage list: no public source read lists its countries.\n';
    continue;
  }
  for (const list of office.coverage) {
    const period = `${list.validFrom ?? from} to ${list.validUntil ?? until}`;
    page += `\n- ${period}, as of ${list.asOf}${list.partial ? ', **partial**' : ''}: ${list.countries.length} countries: `;
    page += list.countries.map((code) => `${cell(countryName.of(code))} (${code})`).join(', ');
    page += `\n  - sources: ${list.sources.map(link).join(', ')}\n`;
  }
}

page += `
## Country missions

${missions.length} missions. The regional office is the one \`regionalOfficeFor\` gives on ${today}.
A head of mission named without the dates of a term is a *mention*, never a term.

| Mission | Country | Main office | Established | Regional office | Heads (terms / mentions) | Facts sourced |
| --- | --- | --- | --- | --- | --- | --- |
`;
const byOffice = (mission) => regionalOfficeFor(iomStructure, mission.country, today)?.id ?? '—';
const sorted = [...missions].sort((a, b) => byOffice(a).localeCompare(byOffice(b)) || a.id.localeCompare(b.id));
for (const mission of sorted) {
  const missionSourced = missionFacts(mission).filter((fact) => (fact.sources?.length ?? 0) > 0).length;
  page += `| ${cell(mission.name.en)} | ${mission.country} | ${cell(mission.mainOffice.city.en)} | ${
    mission.yearEstablished ?? 'not given by the sources'
  } | \`${byOffice(mission)}\` | ${mission.chiefsOfMission.length} / ${mission.mentions.length} | ${missionSourced} of ${
    missionFacts(mission).length
  } |\n`;
}

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'reference-data.md'), page);
console.log(
  `write-data-docs: ${offices.length} regional offices, ${missions.length} missions, ${sourced}/${facts.length} facts sourced → docs/generated/reference-data.md`,
);
