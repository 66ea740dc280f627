// Duplicate groups kept up to date one story at a time. A new story's word 5-grams are sampled (one in
// sixteen, chosen by hash, so a sampled 5-gram of a short cut is also sampled in the story it was cut from);
// stories sharing a sample are candidates, and a candidate joins the group when the exact containment of
// all 5-grams passes, as in core/duplicates.ts. A group is named after its first story in library order.
import { containment, DUPLICATE_CONTAINMENT, groupDuplicates, MAX_SHINGLE_HOLDERS, shingles } from '../core/duplicates.ts';
import type { Story } from '../core/types.ts';
import type { Database } from './db.ts';

const SAMPLE_MASK = 15;
/** The candidates sharing the most samples are checked; more would only cost time on boilerplate. */
const MAX_CANDIDATES = 20;
/** Sampling one 5-gram in sixteen makes the estimate noisy; a candidate at half the threshold is checked. */
const ESTIMATE_SLACK = 0.5;

interface Member {
  story_id: string;
  source: string;
  position: number;
}

export function createStoryGroups(db: Database) {
  const statements = {
    // One statement for all of a story's samples: SQLite walks the index far faster than a call per sample.
    holders: db.prepare<[{ hashes: string; limit: number }], { holders: string | null }>(
      'SELECT (SELECT group_concat(story) FROM (SELECT story FROM story_shingles WHERE hash = j.value LIMIT @limit)) AS holders FROM json_each(@hashes) AS j',
    ),
    insertShingles: db.prepare<[{ hashes: string; story: number }]>('INSERT OR IGNORE INTO story_shingles (hash, story) SELECT j.value, @story FROM json_each(@hashes) AS j'),
    samplesOf: db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM story_shingles WHERE story = ?'),
    candidate: db.prepare<[number], { body: string; group_id: string }>('SELECT body, group_id FROM stories WHERE id = ?'),
    members: db.prepare<[string], Member & { body: string }>('SELECT story_id, source, position, body FROM stories WHERE group_id = ? ORDER BY source, position'),
    rename: db.prepare('UPDATE stories SET group_id = ? WHERE group_id = ?'),
    setGroup: db.prepare('UPDATE stories SET group_id = ? WHERE story_id = ?'),
  };

  return {
    /** Put a just-inserted story (its own group so far) into the group of the stories it duplicates; `hashes` are its distinct 5-gram hashes. */
    join(rowid: number, story: Story, hashes: ArrayLike<number> & Iterable<number>): void {
      const sampled: number[] = [];
      for (let i = 0; i < hashes.length; i++) if ((hashes[i]! & SAMPLE_MASK) === 0) sampled.push(hashes[i]!);
      const samples = sampled.length;
      const sampledJson = JSON.stringify(sampled);
      const shared = new Map<number, number>();
      for (const { holders } of statements.holders.all({ hashes: sampledJson, limit: MAX_SHINGLE_HOLDERS + 1 })) {
        const stories = holders ? holders.split(',') : [];
        if (stories.length > MAX_SHINGLE_HOLDERS) continue;
        for (const other of stories) shared.set(Number(other), (shared.get(Number(other)) ?? 0) + 1);
      }
      statements.insertShingles.run({ hashes: sampledJson, story: rowid });
      const groups = new Set<string>();
      // The samples estimate the containment; only a candidate near the threshold is worth the exact check.
      // One shared sample among many is a stock phrase, not shared copy.
      const least = samples >= 8 ? 2 : 1;
      const candidates = [...shared]
        .filter(([other, count]) => count >= least && count / Math.max(1, Math.min(samples, statements.samplesOf.get(other)!.n)) >= DUPLICATE_CONTAINMENT * ESTIMATE_SLACK)
        .sort((a, b) => b[1] - a[1])
        .slice(0, MAX_CANDIDATES);
      // Most stories have no candidate: the set of all their 5-grams is built only for an exact check.
      const own = candidates.length > 0 ? new Set(hashes) : undefined;
      for (const [other] of candidates) {
        const row = statements.candidate.get(other);
        if (row && !groups.has(row.group_id) && containment(own!, shingles(row.body)) >= DUPLICATE_CONTAINMENT) groups.add(row.group_id);
      }
      if (groups.size === 0) return;
      const members: Member[] = [{ story_id: story.id, source: story.file, position: story.index }];
      for (const group of groups) members.push(...statements.members.all(group));
      const root = firstInLibraryOrder(members);
      for (const group of groups) statements.rename.run(root, group);
      statements.setGroup.run(root, story.id);
    },

    /** After stories left a group, split what remains where it no longer holds together. */
    regroup(groupId: string): void {
      const members = statements.members.all(groupId);
      if (members.length === 0) return;
      // groupDuplicates keeps the order it is given, so each new group is named after its first member.
      for (const group of groupDuplicates(members.map((m) => ({ id: m.story_id, body: m.body })))) {
        for (const id of group.storyIds) statements.setGroup.run(group.id, id);
      }
    },
  };
}

function firstInLibraryOrder(members: Member[]): string {
  return members.reduce((a, b) => (b.source < a.source || (b.source === a.source && b.position < a.position) ? b : a)).story_id;
}
