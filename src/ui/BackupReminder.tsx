import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { lastBackupAt } from '../data/bundleExport';
import { listAssessments } from '../data/assessments';

/** Days after which a reminder turns into a warning. */
export const BACKUP_WARN_DAYS = 7;

export function daysSince(iso: string | null, now = new Date()): number | null {
  if (!iso) return null;
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return null;
  return Math.max(0, Math.floor((now.getTime() - t) / 86_400_000));
}

/**
 * Beranda card: days since the last full backup, and a request for one after an assessment was finalised
 * since then (or when there has never been one and there is data to lose).
 */
export function BackupReminder({ now }: { now?: Date }) {
  const [state, setState] = useState<{ last: string | null; finalisedSince: boolean; hasData: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([lastBackupAt(), listAssessments()]).then(([last, assessments]) => {
      if (!live) return;
      // Review copies can be imported again from the institution's file: only the device's own work asks for a backup.
      const own = assessments.filter((a) => a.origin?.kind !== 'review-copy');
      const finalisedSince = own.some((a) => a.finalisedAt && (!last || a.finalisedAt > last));
      setState({ last, finalisedSince, hasData: own.length > 0 });
    });
    return () => {
      live = false;
    };
  }, []);
  if (!state || !state.hasData) return null;
  const days = daysSince(state.last, now);
  const urgent = state.finalisedSince || days === null || days >= BACKUP_WARN_DAYS;
  return (
    <section className={`card${urgent ? ' warn' : ''}`} aria-labelledby="backup-reminder" data-testid="backup-reminder">
      <h2 id="backup-reminder">Cadangan data</h2>
      <p>
        {days === null
          ? 'Data di perangkat ini belum pernah dicadangkan.'
          : days === 0
            ? 'Cadangan terakhir dibuat hari ini.'
            : `Cadangan terakhir dibuat ${days} hari yang lalu.`}
        {state.finalisedSince && ' Ada asesmen yang difinalkan sejak cadangan terakhir: buat cadangan sekarang agar tidak hilang bila ponsel rusak atau hilang.'}
      </p>
      {urgent && (
        <p>
          <Link href="/berkas" className="button">
            Cadangkan sekarang
          </Link>
        </p>
      )}
    </section>
  );
}
