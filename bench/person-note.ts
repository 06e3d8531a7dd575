// A person note the user already has: the seed person note's layout
// (tests/fixtures/seed-person-note.md) with the user's own words in it —
// a Relationship paragraph, a Key Facts line, frontmatter keys the plugin
// does not know (with a YAML comment) — all of which a run must keep.
import type { Random } from "./prng";
import { pick, randomInt } from "./prng";
import { COMPANIES, PROJECTS, RELATIONSHIP_NOTES, TOPICS, USER_FACTS } from "./vocabulary";

export function personNoteText(name: string, random: Random): string {
	const company = pick(random, COMPANIES);
	const fill = (template: string) => template.replaceAll("{project}", pick(random, PROJECTS)).replaceAll("{topic}", pick(random, TOPICS)).replaceAll("{company}", company);
	const compact = name.replace(/\s+/g, "");
	return `---
type: people
title: ${name}
created: '2023-11-${String(randomInt(random, 10, 28))}'
company: ${company}  # where they work now
birthday: '19${randomInt(random, 60, 99)}-0${randomInt(random, 1, 9)}-1${randomInt(random, 0, 9)}'
crm_rating: ${randomInt(random, 1, 5)}
tags:
- type/people
- colleague
---

# ${name}

## Contact Information

| Field | Value |
|-------|-------|
| **Role** | Engineering Manager |
| **Company** | ${company} |
| **Department** | _Unknown_ |
| **Email** | _Unknown_ |
| **Phone** | _Unknown_ |
| **LinkedIn** | _Unknown_ |
| **Location** | _Unknown_ |

## Relationship

${fill(pick(random, RELATIONSHIP_NOTES))}

## Background

_Career history, expertise, interests, personal details shared..._


## Projects

_What projects are you collaborating on with this person?_

\`\`\`dataview
LIST
FROM "VAST/Projects" OR "Personal/Projects"
WHERE contains(file.outlinks, this.file.link)
\`\`\`


## Open Tasks

\`\`\`dataview
TASK
FROM ""
WHERE !completed AND contains(text, "${name}")
SORT due ASC
\`\`\`


## Tasks They Own

_Action items this person is responsible for:_

\`\`\`dataview
TASK
WHERE contains(text, "@${compact}") AND !completed
SORT due ASC
\`\`\`

## Key Facts

- ${fill(pick(random, USER_FACTS))}

## Topics Discussed

${fill("{topic}")}

## Recent Context

## Profile

**Relationship**: Colleague

## Key Decisions

## Related Customers

- [[${company}]]

## Related




---
*Last updated: *`;
}
