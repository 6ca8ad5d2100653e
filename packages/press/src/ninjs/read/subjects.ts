import { shortenForMessage } from '@iom/core';
import { TOPICS } from '../../codes.js';
import { TopicLabels } from '../../labels.js';
import type { Topic } from '../../model.js';
import { codeByLabel } from './label-match.js';
import type { DraftFields, Note } from './notes.js';
import { type NinjsObject, objectList, trimmedString } from './properties.js';

/**
 * `subjects` → topics, each matched by its literal, its `urn:iom:topic:` URI (as `toNinjs` writes them) or
 * its name in any of the three languages; a subject outside the topic vocabulary is reported.
 */
export function readSubjects(document: NinjsObject, note: Note): Pick<DraftFields, 'topics'> {
  const topics: Topic[] = [];
  objectList(document, 'subjects').forEach((subject, index) => {
    const literal = trimmedString(subject, 'literal');
    const uriTail = trimmedString(subject, 'uri')?.replace(/^urn:iom:topic:/u, '');
    const name = trimmedString(subject, 'name');
    const topic = [literal, uriTail, name]
      .map((candidate) => (candidate === undefined ? undefined : codeByLabel(TopicLabels, TOPICS, candidate)))
      .find((found) => found !== undefined);
    if (topic === undefined) {
      note('ninjs_subject_unmatched', ['subjects', index], { name: shortenForMessage(name ?? literal ?? '?', 60) });
    } else if (!topics.includes(topic)) topics.push(topic);
  });
  return topics.length > 0 ? { topics } : {};
}
