import { useLiveRead, useLiveSnapshot } from '../../data/live';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'wouter';
import { moveAssessment, undoableMove, undoMove } from '../../data/versionMove';
import { resolveInstrument } from '../../domain/assessment';
import { newerThan, planMove, type MoveEntry, type OldAnswer } from '../../domain/migration/plan';
import { currentKhususFor, currentUmum } from '../../domain/standard/registry';
import { AssessmentNotFound } from '../../ui/AssessmentNotFound';
import { formatDateTimeId } from '../../ui/format';
import { instrumentErrorText } from '../../ui/messages';
import { asStoreError } from '../../data/errors';

const answerText = (a: OldAnswer | null) =>
  !a ? 'belum dijawab' : a.na ? `N/A${a.naReason ? ` (${a.naReason})` : ''}` : a.level === null ? 'catatan saja' : `tingkat ${a.level}`;

function EntryList({ title, entries, testId, render }: { title: string; entries: MoveEntry[]; testId: string; render: (e: MoveEntry) => React.ReactNode }) {
  if (entries.length === 0) return null;
  return (
    <details className="card" data-testid={testId} open={testId !== 'move-kept'}>
      <summary>
        <strong>{title}</strong> ({entries.length} butir)
      </summary>
      <ul className="move-list">{entries.map(render)}</ul>
    </details>
  );
}

/**
 * "Pindahkan ke versi terbaru": shows, item by item, what happens to an assessment's answers when it moves to the newest
 * instrument, then applies it in one transaction; the old revision stays viewable, and the move can be undone until
 * the next answer.
 */
export default function VersionMovePage() {
  const { assessmentId = '' } = useParams<{ assessmentId: string }>();
  const snapshot = useLiveSnapshot(assessmentId);
  const undoable = useLiveRead(() => undoableMove(assessmentId), [assessmentId, snapshot?.assessment.updatedAt]); // eslint-disable-line react-hooks/exhaustive-deps -- read again after each move
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const prepared = useMemo(() => {
    if (!snapshot) return null;
    const source = resolveInstrument(snapshot.assessment);
    if (!source.ok) return { ok: false as const, message: instrumentErrorText(source.error) };
    const umum = currentUmum();
    const target = { umum, khusus: currentKhususFor(snapshot.institution.type, umum.version) };
    const plan = planMove(source, target, snapshot.answers, {
      ownership: snapshot.institution.ownership,
      evidence: snapshot.evidence,
      actions: snapshot.actions,
    });
    return { ok: true as const, newer: newerThan(snapshot.assessment, target), plan, target, source };
  }, [snapshot]);

  if (snapshot === undefined) return <p role="status">Memuat…</p>;
  if (snapshot === null) return <AssessmentNotFound />;
  const a = snapshot.assessment;
  const history = a.versionHistory ?? [];

  const apply = async () => {
    if (!prepared?.ok) return;
    setBusy(true);
    setError(null);
    try {
      await moveAssessment(a.id, prepared.plan);
      setDone(`Asesmen dipindahkan ke ${prepared.target.umum.shortTitle} versi ${prepared.target.umum.version}.`);
    } catch (e) {
      setError(asStoreError(e).code === 'assessment-final'
        ? 'Asesmen ini sudah final. Buka kembali dulu di halaman finalisasi untuk memindahkannya.'
        : 'Pemindahan tidak dapat disimpan; tidak ada yang berubah. Muat ulang halaman lalu coba lagi.');
    } finally {
      setBusy(false);
    }
  };
  const undo = async () => {
    setBusy(true);
    setError(null);
    try {
      await undoMove(a.id);
      setDone('Pemindahan dibatalkan: asesmen kembali ke versi sebelumnya dengan semua jawabannya.');
    } catch {
      setError('Pemindahan tidak dapat dibatalkan lagi karena sudah ada jawaban baru sesudahnya.');
    } finally {
      setBusy(false);
    }
  };

  const byKind = (kind: MoveEntry['kind']) => (prepared?.ok ? prepared.plan.entries.filter((e) => e.kind === kind) : []);
  return (
    <div className="version-move">
      <h1>Pindahkan ke versi terbaru</h1>
      <p className="muted">
        {snapshot.institution.name} · periode {a.period} · sekarang memakai{' '}
        {prepared?.ok ? prepared.source.umum.shortTitle : a.standardId} versi {a.standardVersion}
        {a.khususId ? ` + ${prepared?.ok && prepared.source.khusus ? prepared.source.khusus.shortTitle : a.khususId} versi ${a.khususVersion}` : ''}
      </p>
      {done && (
        <p className="card" role="status" data-testid="move-done">
          {done} <Link href={`/asesmen/${a.id}`}>Lanjutkan mengisi asesmen</Link>
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {undoable && (
        <section className="card" aria-labelledby="undo-title">
          <h2 id="undo-title" style={{ marginTop: 0 }}>
            Batalkan pemindahan
          </h2>
          <p>
            Asesmen dipindahkan dari versi {undoable.from.standardVersion} pada {formatDateTimeId(undoable.movedAt)}. Selama belum ada
            jawaban baru, pemindahan dapat dibatalkan dan semua jawaban lama kembali persis seperti semula.
          </p>
          <button type="button" className="secondary" onClick={undo} disabled={busy}>
            Batalkan pemindahan
          </button>
        </section>
      )}
      {prepared && !prepared.ok && (
        <p className="card danger" role="alert">
          {prepared.message}
        </p>
      )}
      {prepared?.ok && !prepared.newer && !done && <p className="card">Asesmen ini sudah memakai versi instrumen terbaru.</p>}
      {prepared?.ok && prepared.newer && a.status === 'final' && (
        <p className="card warn" data-testid="move-final">
          Asesmen ini sudah final, jadi tidak dipindahkan diam-diam. Bila ingin memakai versi {prepared.target.umum.version}, buka
          kembali asesmen di <Link href={`/asesmen/${a.id}/selesai`}>halaman finalisasi</Link>; versi finalnya tetap tersimpan di riwayat.
        </p>
      )}
      {prepared?.ok && prepared.newer && a.status !== 'final' && !done && (
        <>
          <section className="card" aria-labelledby="plan-title">
            <h2 id="plan-title" style={{ marginTop: 0 }}>
              Yang akan terjadi pada {prepared.plan.entries.length} butir
            </h2>
            <p>
              Versi baru: {prepared.target.umum.title} versi {prepared.target.umum.version}
              {prepared.target.khusus ? ` + ${prepared.target.khusus.title} versi ${prepared.target.khusus.version}` : ''}.
            </p>
            <ul data-testid="move-counts">
              <li>{prepared.plan.counts.kept} butir tetap (jawaban, catatan, dan alasan N/A ikut)</li>
              <li>{prepared.plan.counts.mapped} butir baru mengambil jawaban butir lama yang digantinya</li>
              <li>{prepared.plan.counts.new} butir baru perlu dijawab</li>
              <li>{prepared.plan.counts.dropped} butir lama tidak dipakai lagi (jawabannya tetap tersimpan di riwayat)</li>
            </ul>
            <p className="muted small">
              Bukti yang tertaut ke butir ikut pindah ke butir penggantinya. Versi lama beserta semua jawabannya tetap tersimpan dan
              dapat dilihat di bawah halaman ini.
            </p>
            <button type="button" onClick={apply} disabled={busy} data-testid="move-apply">
              Pindahkan ke versi {prepared.target.umum.version}
            </button>
          </section>
          <EntryList
            title="Dipetakan ke butir pengganti"
            testId="move-mapped"
            entries={byKind('mapped')}
            render={(e) =>
              e.kind === 'mapped' && (
                <li key={e.item.id}>
                  <strong>{e.item.id}</strong> ← {e.fromId}: {e.item.statement} <span className="muted">(jawaban lama: {answerText(e.from)})</span>
                  <div className="muted small">{e.note}</div>
                  {e.naDropped && <div className="warn-text small">Butir ini tidak lagi boleh N/A: perlu dijawab ulang.</div>}
                  {e.others.length > 0 && (
                    <div className="muted small">Juga mengganti: {e.others.map((o) => `${o.itemId} (${answerText(o)})`).join(', ')}</div>
                  )}
                </li>
              )
            }
          />
          <EntryList
            title="Perlu jawaban baru"
            testId="move-new"
            entries={byKind('new')}
            render={(e) =>
              e.kind === 'new' && (
                <li key={e.item.id}>
                  <strong>{e.item.id}</strong> {e.item.statement}
                </li>
              )
            }
          />
          <EntryList
            title="Tidak dipakai lagi"
            testId="move-dropped"
            entries={byKind('dropped')}
            render={(e) =>
              e.kind === 'dropped' && (
                <li key={e.oldItem.id}>
                  <strong>{e.oldItem.id}</strong> {e.oldItem.statement} <span className="muted">(jawaban lama: {answerText(e.from)})</span>
                  <div className="muted small">{e.reason}</div>
                </li>
              )
            }
          />
          <EntryList
            title="Tetap"
            testId="move-kept"
            entries={byKind('kept')}
            render={(e) =>
              e.kind === 'kept' && (
                <li key={e.item.id}>
                  <strong>{e.item.id}</strong> {e.item.statement} <span className="muted">({answerText(e.from)})</span>
                  {e.revisedNote && <div className="muted small">Kata-kata diperbarui: {e.revisedNote}</div>}
                  {e.naDropped && <div className="warn-text small">Butir ini tidak lagi boleh N/A: perlu dijawab ulang.</div>}
                </li>
              )
            }
          />
        </>
      )}
      {history.length > 0 && (
        <section className="card" aria-labelledby="history-title" data-testid="version-history">
          <h2 id="history-title" style={{ marginTop: 0 }}>
            Riwayat versi
          </h2>
          {history.map((h) => (
            <details key={h.movedAt}>
              <summary>
                Versi {h.from.standardVersion}
                {h.from.khususId ? ` + ${h.from.khususId} ${h.from.khususVersion}` : ''} — dipindahkan ke {h.to.standardVersion} pada{' '}
                {formatDateTimeId(h.movedAt)} ({h.answers.length} jawaban)
              </summary>
              <div className="table-wrap" tabIndex={0} role="region" aria-label={`Jawaban versi ${h.from.standardVersion}`}>
                <table className="compact">
                  <thead>
                    <tr>
                      <th scope="col">Butir</th>
                      <th scope="col">Jawaban</th>
                      <th scope="col">Catatan</th>
                    </tr>
                  </thead>
                  <tbody>
                    {h.answers.map((x) => (
                      <tr key={x.itemId}>
                        <th scope="row">{x.itemId}</th>
                        <td>{answerText(x)}</td>
                        <td>{x.note}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          ))}
        </section>
      )}
      <p>
        <Link href={`/asesmen/${a.id}`}>Kembali ke asesmen</Link>
      </p>
    </div>
  );
}
