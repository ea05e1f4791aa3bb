import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { REVIEW_FILTERS, isVerified, matchingItems, type FilterableItem, type ReviewFilter } from './filters';
import { Link, useParams } from 'wouter';
import { bundleFileName, exportReviewBundle } from '../../data/bundleExport';
import { isReviewCopy } from '../../data/reviewCopy';
import { writerFor } from '../../data/writer';
import { LiveSaveStatus } from '../../ui/SaveStatus';
import { localToday } from '../../data/evidence';
import type { EvidenceDoc, StaffMember } from '../../domain/records';
import type { ComputedExplanation } from '../../domain/scoring';
import { ItemEvidenceList } from '../../ui/ItemEvidenceList';
import { RosterAtItem } from './RosterAtItem';
import { saveReviewItem, useReviewMeta, useReviews, type ReviewPatch } from '../../data/reviews';
import { loadSnapshot } from '../../data/snapshot';
import { compareVerification, countFindings, findingLabel, findingSummaryRows, shortCode, type AssessmentSnapshot } from '../../domain/bundle';
import { formatDateId, localDateOf } from '../../domain/report';
import { FINDINGS, type ReviewItem } from '../../domain/records';
import { indicatorValues } from '../../domain/indicators';
import { downloadBlob, downloadJson } from '../../ui/download';
import { currentUmum } from '../../domain/standard/registry';
import { indicatorsFor, placeItems, type PlacedItem } from '../../ui/instrument';
import { instrumentFor } from '../../ui/instrumentFor';
import { formatScore } from '../../ui/scoreFormat';
import './assessor.css';

const levelText = (level: number | null, na = false) => (na ? 'N/A' : level === null ? 'belum dijawab' : String(level));

const REVIEW_PAGE = 10;

const ItemReview = memo(function ItemReview({
  assessmentId,
  placed,
  selfLevel,
  selfNa,
  selfNote,
  evidence,
  review,
  staff,
  computed,
  onError,
}: {
  assessmentId: string;
  placed: PlacedItem;
  selfLevel: number | null;
  selfNa: boolean;
  selfNote: string;
  evidence: readonly EvidenceDoc[];
  review: ReviewItem | undefined;
  /** SDM items: the institution's roster. */
  staff?: readonly StaffMember[];
  /** A computed item: how its self level was computed. */
  computed?: ComputedExplanation;
  onError: (message: string) => void;
}) {
  const { item } = placed;
  const [note, setNote] = useState(review?.note ?? '');
  // Shown at once (optimistic); the live query confirms after the write.
  const [level, setLevel] = useState<ReviewItem['verifiedLevel']>(review?.verifiedLevel ?? null);
  const [finding, setFinding] = useState<ReviewItem['finding']>(review?.finding ?? null);
  // Every finding records the self level it was made against (the revision the assessor reviewed).
  const writer = writerFor(assessmentId);
  const save = (patch: ReviewPatch) =>
    writer
      .run(() => saveReviewItem(assessmentId, item.id, { ...patch, reviewedLevel: selfNa ? null : (selfLevel as ReviewItem['verifiedLevel']) }))
      .then((ok) => ok || onError('Verifikasi tidak tersimpan. Coba lagi.'));
  // Typed text goes through the same writer, as the questionnaire's notes do: mirrored until written.
  const place = useMemo(() => ({ assessmentId, itemId: item.id, field: 'reviewNote' as const }), [assessmentId, item.id]);
  useEffect(() => () => void writer.flush(place), [writer, place]);
  const differs = level !== null && level !== selfLevel;
  const disagrees = differs || (finding !== null && finding !== 'sesuai');
  const base = `rv-${item.id}`;
  return (
    <li className={`review-item${disagrees ? ' disagrees' : ''}`} data-testid={`review-${item.id}`}>
      <h4>
        {item.id} · {item.statement}
      </h4>
      <div className="self-answer">
        <div>
          Penilaian mandiri lembaga: <strong>{levelText(selfLevel, selfNa)}</strong>
          {selfLevel !== null && !selfNa && <span className="muted"> — {item.levels[selfLevel]}</span>}
        </div>
        {selfNote && <div className="muted">Catatan lembaga: {selfNote}</div>}
      </div>
      {staff && <RosterAtItem itemId={item.id} computed={computed} staff={staff} />}
      <details className="review-evidence">
        <summary>Bukti lembaga untuk butir ini ({evidence.length})</summary>
        <ItemEvidenceList docs={evidence} today={localToday()} />
      </details>
      <label htmlFor={`${base}-level`}>Tingkat terverifikasi</label>
      <select
        id={`${base}-level`}
        value={level ?? ''}
        onChange={(e) => {
          const next = e.target.value === '' ? null : (Number(e.target.value) as 0 | 1 | 2 | 3 | 4);
          setLevel(next);
          void save({ verifiedLevel: next });
        }}
      >
        <option value="">— belum / sama dengan penilaian mandiri</option>
        {item.levels.map((d, l) => (
          <option key={l} value={l}>
            {l} — {d.length > 70 ? `${d.slice(0, 70)}…` : d}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>Temuan</legend>
        <div className="finding-options">
          {FINDINGS.map((f) => (
            <label key={f.id}>
              <input
                type="radio"
                name={`${base}-finding`}
                value={f.id}
                checked={finding === f.id}
                onChange={() => {
                  setFinding(f.id);
                  void save({ finding: f.id });
                }}
              />
              {f.label}
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor={`${base}-note`}>Catatan asesor</label>
      <textarea
        id={`${base}-note`}
        value={note}
        maxLength={5000}
        onChange={(e) => {
          setNote(e.target.value);
          writer.type(place, e.target.value, note);
        }}
        onBlur={() => void writer.flush(place)}
      />
    </li>
  );
});

export default function AssessorReviewPage() {
  const { assessmentId = '' } = useParams<{ assessmentId: string }>();
  const [snapshot, setSnapshot] = useState<AssessmentSnapshot | null | undefined>(undefined);
  const [copy, setCopy] = useState<boolean | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const reviews = useReviews(assessmentId);
  const meta = useReviewMeta(assessmentId);
  const [assessorName, setAssessorName] = useState<string | null>(null);
  // The filter's items are taken when it is chosen, so an item does not vanish while the assessor is working on it.
  const [filter, setFilter] = useState<{ id: ReviewFilter; ids: Set<string> | null }>({ id: 'semua', ids: null });
  const writer = writerFor(assessmentId);
  const namePlace = useMemo(() => ({ assessmentId, itemId: '', field: 'assessorName' as const }), [assessmentId]);
  // "Semua butir" shows one aspect at a time, PAGE cards at a time (178 cards on one page were ~130,000 px at 360 px).
  const [aspectShown, setAspectShown] = useState<string | null>(() => /^#aspek-(.+)$/.exec(window.location.hash)?.[1] ?? null);
  const [pageLimit, setPageLimit] = useState(REVIEW_PAGE);
  const onError = useCallback((text: string) => setMessage({ ok: false, text }), []);

  useEffect(() => {
    void loadSnapshot(assessmentId).then(setSnapshot);
    void isReviewCopy(assessmentId).then(setCopy);
  }, [assessmentId]);
  useEffect(() => {
    if (meta !== undefined && assessorName === null) setAssessorName(meta?.assessorName ?? '');
  }, [meta, assessorName]);

  const instrument = useMemo(() => (snapshot ? instrumentFor(snapshot.assessment) : null), [snapshot]);
  const placed = useMemo(() => (instrument?.ok ? placeItems(instrument.umum, instrument.khusus, snapshot?.institution.ownership) : []), [instrument, snapshot]);
  const comparison = useMemo(() => {
    if (!snapshot || !instrument?.ok || !reviews) return null;
    const indicators = indicatorValues(indicatorsFor(snapshot.staff, snapshot.institution));
    return compareVerification({ umum: instrument.umum, khusus: instrument.khusus, answers: snapshot.answers, reviews, indicators, ownership: snapshot.institution.ownership });
  }, [snapshot, instrument, reviews]);

  if (snapshot === undefined || copy === null || reviews === undefined) return <p role="status">Memuat…</p>;
  if (snapshot === null) {
    return (
      <div className="card">
        <h1>Verifikasi asesor</h1>
        <p>Asesmen ini tidak ada di perangkat ini.</p>
        <Link href="/asesor">Kembali ke mode asesor</Link>
      </div>
    );
  }
  if (!copy) {
    return (
      <div className="card">
        <h1>Verifikasi asesor</h1>
        <p>Asesmen ini milik perangkat ini, bukan berkas lembaga yang dibuka untuk verifikasi. Buka berkas lembaga di mode asesor.</p>
        <Link href="/asesor">Ke mode asesor</Link>
      </div>
    );
  }
  if (!instrument?.ok) {
    return (
      <div role="alert" className="card danger">
        <h1>Verifikasi asesor</h1>
        <p>{instrument?.ok === false ? instrument.message : 'Instrumen tidak ditemukan.'}</p>
      </div>
    );
  }

  const { institution, assessment } = snapshot;
  const answers = new Map(snapshot.answers.map((a) => [a.itemId, a]));
  const reviewById = new Map((reviews ?? []).map((r) => [r.itemId, r]));
  const itemsByAspect = new Map<string, PlacedItem[]>();
  for (const p of placed) itemsByAspect.set(p.aspect.id, [...(itemsByAspect.get(p.aspect.id) ?? []), p]);
  const statementOf = new Map(placed.map((p) => [p.item.id, p.item.statement]));
  const evidenceCount = new Map<string, number>();
  for (const e of snapshot.evidence) for (const id of new Set(e.itemIds)) evidenceCount.set(id, (evidenceCount.get(id) ?? 0) + 1);
  const filterable: FilterableItem[] = placed.map((p) => ({
    id: p.item.id,
    critical: p.item.critical,
    selfLevel: comparison?.self.itemsById[p.item.id]?.level ?? answers.get(p.item.id)?.level ?? null,
    evidenceCount: evidenceCount.get(p.item.id) ?? 0,
  }));
  const chooseFilter = (id: ReviewFilter) => setFilter({ id, ids: id === 'semua' ? null : matchingItems(id, filterable, reviewById) });
  const shown = (itemId: string) => filter.ids === null || filter.ids.has(itemId);
  const verifiedCount = placed.filter((p) => isVerified(reviewById.get(p.item.id))).length;
  const currentAspect = aspectShown && itemsByAspect.has(aspectShown) ? aspectShown : (placed[0]?.aspect.id ?? null);
  const showAspect = (aspectId: string) => {
    setAspectShown(aspectId);
    setPageLimit(REVIEW_PAGE);
    // The section may only exist after this render: scroll to it once it does.
    requestAnimationFrame(() => document.getElementById(`aspek-${aspectId}`)?.scrollIntoView({ block: 'start' }));
  };

  async function exportBundle() {
    setBusy(true);
    try {
      await writer.flush();
      const bundle = await exportReviewBundle(assessmentId);
      if (!bundle) throw new Error('asesmen tidak ditemukan');
      const name = bundleFileName(bundle);
      downloadJson(bundle, name);
      setMessage({ ok: true, text: `Berkas verifikasi ${name} dibuat. Kirim ke lembaga untuk diimpor di menu Berkas.` });
    } catch (e) {
      onError(`Ekspor gagal (${e instanceof Error ? e.message : String(e)}).`);
    } finally {
      setBusy(false);
    }
  }

  async function exportPdf() {
    if (!comparison || !instrument?.ok) return;
    setBusy(true);
    try {
      await writer.flush();
      const bundle = await exportReviewBundle(assessmentId);
      if (!bundle) throw new Error('asesmen tidak ditemukan');
      const { buildVerificationPdf } = await import('../../pdf/verification');
      const reviewed = placed.filter((p) => {
        const r = reviewById.get(p.item.id);
        return r && (r.verifiedLevel !== null || r.finding !== null || r.note !== '');
      });
      const bytes = buildVerificationPdf(
        {
          institutionName: institution.name,
          period: assessment.period,
          standardLabel: `${instrument.umum.title} ${instrument.umum.version}${instrument.khusus ? ` + ${instrument.khusus.shortTitle} ${instrument.khusus.version}` : ''}`,
          assessorName: assessorName ?? '',
          // The day of the review in the device's own zone, written the Indonesian way ("12 Januari 2027").
          reviewedAt: meta?.reviewedAt ? formatDateId(localDateOf(meta.reviewedAt)) : '',
          integrityCode: shortCode(bundle.integrity.hash),
          aspects: comparison.self.aspects.map((a, i) => ({ name: a.name, self: formatScore(a.score), verified: formatScore(comparison.verified.aspects[i]?.score) })),
          total: { self: formatScore(comparison.self.total), verified: formatScore(comparison.verified.total) },
          grade: { self: comparison.self.grade.label, verified: comparison.verified.grade.label },
          reviewedCount: comparison.reviewedCount,
          unverifiedCount: comparison.unverifiedCount,
          itemCount: placed.length,
          items: reviewed.map((p) => {
            const r = reviewById.get(p.item.id)!;
            const a = answers.get(p.item.id);
            const self = comparison.self.itemsById[p.item.id]?.level ?? null;
            return {
              id: p.item.id,
              statement: p.item.statement,
              // The self level as scored: a computed item shows its computed level, never "belum dijawab".
              self:
                comparison.self.itemsById[p.item.id]?.source === 'computed'
                  ? `${self} (dihitung)`
                  : levelText(self ?? a?.level ?? null, a?.na ?? false),
              verified: r.verifiedLevel === null ? '-' : String(r.verifiedLevel),
              finding: findingLabel(r.finding),
              note: r.note,
              disagrees: (r.verifiedLevel !== null && r.verifiedLevel !== self) || (r.finding !== null && r.finding !== 'sesuai'),
            };
          }),
          findingSummary: findingSummaryRows(countFindings(comparison.self, reviews ?? [])),
        },
        JSON.stringify(bundle),
      );
      downloadBlob(new Blob([bytes as BlobPart], { type: 'application/pdf' }), bundleFileName(bundle).replace(/\.json$/, '.pdf'));
      setMessage({ ok: true, text: 'PDF verifikasi dibuat. Berkas verifikasi terlampir di dalamnya, jadi lembaga dapat mengimpor PDF ini.' });
    } catch (e) {
      onError(`PDF gagal dibuat (${e instanceof Error ? e.message : String(e)}).`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="assessor">
      <h1>Verifikasi asesor</h1>
      <p>
        <strong>{institution.name}</strong> — periode {assessment.period}
      </p>
      <p data-testid="review-standard">
        Diverifikasi dengan versi instrumen yang dipakai lembaga:{' '}
        <strong>
          {instrument.umum.title} {instrument.umum.version}
          {instrument.khusus ? ` + ${instrument.khusus.shortTitle} ${instrument.khusus.version}` : ''}
        </strong>
        .
        {instrument.umum.version !== currentUmum().version && (
          <span className="muted"> Versi terbaru di aplikasi ini {currentUmum().version}; skor dan butir tetap menurut versi lembaga.</span>
        )}
      </p>
      <p className="muted readonly-note">
        Jawaban lembaga hanya dapat dibaca. Tingkat terverifikasi, temuan, dan catatan Anda tersimpan otomatis di perangkat ini.
      </p>
      <label htmlFor="assessor-name">Nama asesor</label>
      <input
        id="assessor-name"
        value={assessorName ?? ''}
        maxLength={200}
        onChange={(e) => {
          setAssessorName(e.target.value);
          writer.type(namePlace, e.target.value, assessorName ?? '');
        }}
        onBlur={() => void writer.flush(namePlace)}
      />
      <LiveSaveStatus writer={writer} />

      {comparison && (
        <section className="card" aria-labelledby="perbandingan">
          <h2 id="perbandingan">Skor mandiri dan terverifikasi</h2>
          <p className="muted">
            {comparison.reviewedCount} dari {placed.length} butir diverifikasi.{' '}
            <strong data-testid="unverified-count">{comparison.unverifiedCount} butir belum diverifikasi</strong>: aturannya, butir yang
            belum diverifikasi tetap memakai tingkat penilaian mandiri dalam skor terverifikasi.
          </p>
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Tabel skor mandiri dan terverifikasi">
            <table data-testid="score-comparison">
              <thead>
                <tr>
                  <th scope="col">Aspek</th>
                  <th scope="col" className="num">
                    Mandiri
                  </th>
                  <th scope="col" className="num">
                    Verifikasi
                  </th>
                </tr>
              </thead>
              <tbody>
                {comparison.self.aspects.map((a, i) => (
                  <tr key={a.id}>
                    <th scope="row">{a.name}</th>
                    <td className="num">{formatScore(a.score)}</td>
                    <td className="num">{formatScore(comparison.verified.aspects[i]?.score)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">Total</th>
                  <td className="num" data-testid="self-total">
                    {formatScore(comparison.self.total)}
                  </td>
                  <td className="num" data-testid="verified-total">
                    {formatScore(comparison.verified.total)}
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
          <p data-testid="grade-comparison">
            Perkiraan peringkat: mandiri <strong>{comparison.self.grade.label}</strong>; terverifikasi{' '}
            <strong>{comparison.verified.grade.label}</strong>.
          </p>
          <h3>Perbedaan ({comparison.disagreements.length})</h3>
          {comparison.disagreements.length === 0 ? (
            <p className="muted">Belum ada perbedaan.</p>
          ) : (
            <ul data-testid="disagreements">
              {comparison.disagreements.map((d) => (
                <li key={d.itemId}>
                  <a href={`#rv-${d.itemId}-level`}>{d.itemId}</a> {statementOf.get(d.itemId)}: mandiri {levelText(d.selfLevel)}, terverifikasi{' '}
                  {d.verifiedLevel ?? '—'} · {findingLabel(d.finding)}
                </li>
              ))}
            </ul>
          )}
          <div className="actions">
            <button type="button" onClick={() => void exportBundle()} disabled={busy}>
              Ekspor berkas verifikasi
            </button>
            <button type="button" className="secondary" onClick={() => void exportPdf()} disabled={busy}>
              Unduh PDF verifikasi
            </button>
          </div>
          {message && (
            <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>
              {message.text}
            </p>
          )}
        </section>
      )}

      <nav className="card review-nav" aria-labelledby="review-nav-title" data-testid="review-nav">
        <h2 id="review-nav-title" style={{ marginTop: 0 }}>
          Butir yang diverifikasi
        </h2>
        <p data-testid="review-progress">
          <strong>{verifiedCount}</strong> dari {placed.length} butir sudah diverifikasi.
        </p>
        <progress max={placed.length} value={verifiedCount} aria-label="Kemajuan verifikasi" />
        <label htmlFor="review-filter">Tampilkan</label>
        <select id="review-filter" value={filter.id} onChange={(e) => chooseFilter(e.target.value as ReviewFilter)}>
          {REVIEW_FILTERS.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
              {f.id === 'semua' ? '' : ` (${matchingItems(f.id, filterable, reviewById).size})`}
            </option>
          ))}
        </select>
        {filter.ids !== null && (
          <p className="muted small" data-testid="filter-note">
            {filter.ids.size} butir ditampilkan, dipilih saat penyaring ini dipasang.{' '}
            <button type="button" className="link" onClick={() => chooseFilter(filter.id)}>
              Perbarui daftar
            </button>
          </p>
        )}
        <ul className="aspect-jumps">
          {[...itemsByAspect].map(([aspectId, items]) => {
            const done = items.filter((p) => isVerified(reviewById.get(p.item.id))).length;
            return (
              <li key={aspectId}>
                <a href={`#aspek-${aspectId}`} onClick={() => showAspect(aspectId)} aria-current={filter.ids === null && aspectId === currentAspect ? 'true' : undefined}>
                  {aspectId} <span className="muted">{done}/{items.length}</span>
                </a>
              </li>
            );
          })}
        </ul>
      </nav>

      {[...itemsByAspect]
        .filter(([aspectId, items]) => (filter.ids === null ? aspectId === currentAspect : items.some((p) => shown(p.item.id))))
        .map(([aspectId, items]) => {
          const visible = items.filter((p) => shown(p.item.id));
          const paged = filter.ids === null ? visible.slice(0, pageLimit) : visible;
          const rest = visible.length - paged.length;
          const aspectIds = [...itemsByAspect.keys()];
          const nextAspect = aspectIds[aspectIds.indexOf(aspectId) + 1];
          return (
            <section key={aspectId} aria-labelledby={`aspek-${aspectId}`}>
              <h2 id={`aspek-${aspectId}`}>
                {items[0]!.aspect.name}
                {filter.ids === null && <span className="muted small"> · {items.length} butir</span>}
              </h2>
              <ul className="plain-list">
                {paged.map((p) => {
                  const a = answers.get(p.item.id);
                  return (
                    <ItemReview
                      key={p.item.id}
                      assessmentId={assessmentId}
                      placed={p}
                      selfLevel={comparison?.self.itemsById[p.item.id]?.level ?? a?.level ?? null}
                      selfNa={a?.na ?? false}
                      selfNote={a?.note ?? ''}
                      evidence={snapshot.evidence.filter((e) => e.itemIds.includes(p.item.id))}
                      review={reviewById.get(p.item.id)}
                      staff={p.aspect.id === 'SDM' || p.item.answerType === 'computed' ? snapshot.staff : undefined}
                      computed={comparison?.self.itemsById[p.item.id]?.computed}
                      onError={onError}
                    />
                  );
                })}
              </ul>
              {filter.ids === null && (
                <div className="actions" data-testid="review-more">
                  {rest > 0 && (
                    <button type="button" className="secondary" onClick={() => setPageLimit(pageLimit + REVIEW_PAGE)}>
                      Tampilkan {Math.min(REVIEW_PAGE, rest)} butir berikutnya
                    </button>
                  )}
                  {rest === 0 && nextAspect && (
                    <a className="button" href={`#aspek-${nextAspect}`} onClick={() => showAspect(nextAspect)}>
                      Aspek berikutnya: {itemsByAspect.get(nextAspect)![0]!.aspect.name} ›
                    </a>
                  )}
                </div>
              )}
            </section>
          );
        })}
    </div>
  );
}
