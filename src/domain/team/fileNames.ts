import { localDateOf } from '../format';

/** Names of the files a team passes around, e.g. "swanilai-tugas-budi-lksa-harapan-2026-12-02.json". */
const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30) || 'berkas';

/** `kind`: 'tugas' for a task package (lead → member), 'hasil' for a result (member → lead). Local date of `now`. */
export function teamFileName(kind: 'tugas' | 'hasil', memberName: string, institutionName: string, now: Date): string {
  const date = localDateOf(now.toISOString());
  return `swanilai-${kind}-${slug(memberName)}-${slug(institutionName)}-${date}.json`;
}
