import { useLiveRead, useLiveSnapshot } from '../../data/live';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'wouter';
import { loadEarlierSnapshot } from '../../data/results';
import { localToday } from '../../data/evidence';
import { BalksTable } from './BalksTable';
import { EligibilityPanel } from './EligibilityPanel';
import { formatIndicatorValue, formatNumberId, indicatorList } from '../../domain/indicators';
import { institutionTypeLabel } from '../../domain/records';
import { AspectChart } from '../../ui/AspectChart';
import { setCurrentAssessment } from '../../ui/currentAssessment';
import { formatScore } from '../../ui/format';
import { Comparison } from './Comparison';
import { GapList, levelText } from './GapList';
import { buildComparison, buildResults } from './model';
import { useInstrument } from '../../ui/instrument';
import { NextGrade } from './NextGrade';
import { ActionList } from './ActionList';
import { VerificationSummary } from './VerificationSummary';
import './results.css';

export default function ResultsPage() {
  const { assessmentId = '' } = useParams<{ assessmentId: string }>();
  const snapshot = useLiveSnapshot(assessmentId);
  const a = snapshot?.assessment;
  const earlier = useLiveRead(
    () => (a ? loadEarlierSnapshot(a) : Promise.resolve(undefined)),
    [a?.id, a?.institutionId, a?.createdAt], // eslint-disable-line react-hooks/exhaustive-deps -- the earlier period depends only on these, not on every answer
  );
  // Only the standard files these assessments were started on (not every version of every module).
  const instrument = useInstrument(a);
  const earlierInstrument = useInstrument(earlier ? earlier.assessment : earlier);
  const model = useMemo(() => (snapshot && instrument ? buildResults(snapshot, instrument, localToday()) : null), [snapshot, instrument]);
  const comparison = useMemo(
    () => (earlier && earlierInstrument && model?.ok ? buildComparison(earlier, earlierInstrument, model.input) : null),
    [earlier, earlierInstrument, model],
  );
  const [filter, setFilter] = useState('');

  useEffect(() => {
    if (snapshot) setCurrentAssessment(snapshot.assessment.id);
  }, [snapshot?.assessment.id]); // eslint-disable-line react-hooks/exhaustive-deps

  // Deep links (#aksi-ITEM from Beranda) and "Rencana tindak lanjut" links: show every gap, then scroll to it.
  const [target, setTarget] = useState<string | null>(() => {
    const m = /^#(?:aksi|celah)-(.+)$/.exec(window.location.hash);
    return m ? decodeURIComponent(m[1]!) : null;
  });
  const ready = Boolean(model?.ok);
  useEffect(() => {
    if (!target || !ready) return;
    const el = document.getElementById(`celah-${target}`);
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    const focusable = el.querySelector<HTMLElement>('textarea, button');
    focusable?.focus({ preventScroll: true });
    setTarget(null);
  }, [target, ready, filter]);
  const openGap = (itemId: string) => {
    setFilter('');
    setTarget(itemId);
  };

  if (snapshot === undefined || (snapshot !== null && instrument === undefined)) return <p role="status">Memuat hasil…</p>;
  if (snapshot === null || !model) {
    return (
      <div className="card">
        <h1>Hasil</h1>
        <p>Asesmen ini tidak ditemukan di perangkat ini.</p>
        <p>
          <Link href="/hasil">Lihat daftar hasil asesmen</Link>
        </p>
      </div>
    );
  }
  if (!model.ok) {
    return (
      <div className="card danger" role="alert">
        <h1>Hasil</h1>
        <p>{model.message}</p>
      </div>
    );
  }

  const { score, gaps, next, indicators, umum, khusus, eligibility } = model;
  const incomplete = score.grade.status === 'incomplete';
  const { assessment, institution } = snapshot;
  const grade = score.grade;
  const lowest = [...umum.scoring.grades].sort((x, y) => x.min - y.min)[0];
  const unmet = grade.unmetCritical.map((id) => ({ id, item: model.items.get(id), s: score.itemsById[id] }));

  return (
    <div className="results">
      <h1>Hasil asesmen</h1>
      <p className="muted results-sub">
        {institution.name} · {institutionTypeLabel(institution.type)} · periode {assessment.period} ·{' '}
        <span className={`badge ${assessment.status}`}>{assessment.status === 'final' ? 'Final' : 'Draf'}</span>
        <br />
        {umum.shortTitle} versi {umum.version}
        {khusus ? ` + ${khusus.shortTitle} versi ${khusus.version}` : ''}
      </p>

      <section className="card summary" aria-labelledby="ringkasan-title">
        <h2 id="ringkasan-title" className="visually-hidden">
          Ringkasan
        </h2>
        <div className="summary-grid">
          {incomplete ? (
            <div>
              <div className="muted">Skor butir yang sudah dijawab</div>
              <div className="big" data-testid="answered-score">
                {formatScore(score.answeredTotal)}
              </div>
              <div className="muted small" data-testid="total-score-note">
                dari 100; skor total bila butir yang belum dijawab dihitung 0: <span data-testid="total-score">{formatScore(score.total)}</span>
              </div>
            </div>
          ) : (
            <div>
              <div className="muted">{assessment.status === 'final' ? 'Skor total' : 'Skor total sementara'}</div>
              <div className="big" data-testid="total-score">
                {formatScore(score.total)}
              </div>
              <div className="muted">dari 100</div>
            </div>
          )}
          <div>
            <div className="muted">Perkiraan peringkat</div>
            <div className={`big grade-${grade.status}`} data-testid="grade-estimate">
              {grade.label}
            </div>
          </div>
        </div>
        <p className="estimate-note" data-testid="grade-note">
          Ini <strong>perkiraan</strong> dari asesmen mandiri, bukan keputusan BALKS.{' '}
          {grade.status === 'grade'
            ? `Bila BALKS menetapkan peringkat ini, akreditasi berlaku ${grade.validityYears} tahun.`
            : grade.status === 'below'
              ? `Skor total di bawah batas peringkat terendah${lowest ? ` (${lowest.label}: paling sedikit ${formatScore(lowest.min)})` : ''}.`
              : grade.status === 'incomplete'
                ? 'Perkiraan peringkat baru berarti bila hampir semua butir sudah dijawab; sampai saat itu yang ditampilkan adalah skor butir yang sudah dijawab.'
                : 'Selama ada butir kritis yang belum terpenuhi, peringkat tidak dapat diperkirakan berapa pun skor totalnya.'}
        </p>
        {umum.scoring.gradeSource && (
          <details>
            <summary>Dasar ambang peringkat</summary>
            <p className="muted small" data-testid="grade-source">
              {umum.scoring.gradeSource}
            </p>
          </details>
        )}
        {!khusus && (
          <p className="warn-text" data-testid="no-module">
            Perkiraan ini belum memuat standar khusus untuk jenis panti ini; skornya hanya dari Standar Umum dan tidak setara dengan
            panti yang dinilai dengan modul standar khusus.
          </p>
        )}
        <p style={{ marginBottom: '0.25rem' }} data-testid="completion">
          Kelengkapan: {score.completion.answered} dari {score.completion.total} butir terjawab (
          {formatNumberId(Math.floor(score.completion.percent), 0)}%)
        </p>
        <div
          className="progress"
          role="progressbar"
          aria-label="Kelengkapan jawaban"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(score.completion.percent)}
        >
          <span style={{ width: `${score.completion.percent}%` }} />
        </div>
        {score.completion.answered < score.completion.total && (
          <p>
            <Link href={`/asesmen/${assessment.id}`}>Lanjutkan mengisi asesmen</Link> — butir yang belum dijawab dihitung 0.
          </p>
        )}
      </section>

      <VerificationSummary snapshot={snapshot} input={model.input} statementOf={(id) => model.items.get(id)?.statement ?? ''} />

      {eligibility && <EligibilityPanel eligibility={eligibility} assessmentId={assessment.id} institutionId={institution.id} />}

      {unmet.length > 0 && (
        <section className="card danger" aria-labelledby="kritis-title" data-testid="unmet-critical">
          <h2 id="kritis-title" style={{ marginTop: 0 }}>
            Butir kritis belum terpenuhi ({unmet.length})
          </h2>
          <p>
            Butir kritis harus mencapai minimal tingkat {umum.scoring.criticalMinLevel}. Selama belum, perkiraan peringkat tetap “
            {umum.scoring.criticalUnmetLabel}”.
          </p>
          <ul>
            {unmet.map(({ id, item, s }) => (
              <li key={id}>
                <strong>{id}</strong> — {item?.statement ?? ''} (sekarang {levelText(s?.level ?? null)}).{' '}
                <Link href={`/asesmen/${assessment.id}/butir/${id}`}>
                  Ubah jawaban<span className="visually-hidden"> butir {id}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="card" aria-labelledby="aspek-title">
        <h2 id="aspek-title" style={{ marginTop: 0 }}>
          Skor per aspek
        </h2>
        <AspectChart
          title="Skor per aspek (0–100)"
          thresholds={umum.scoring.grades.map((g) => ({ grade: g.grade, min: g.min }))}
          rows={score.aspects.map((x) => ({
            id: x.id,
            name: x.name,
            score: x.score,
            weight: x.weight,
            completion: `${x.completion.answered} dari ${x.completion.total} butir terjawab`,
          }))}
        />
      </section>

      {model.contributors.length > 0 && (
        <section className="card" aria-labelledby="pengisi-title" data-testid="contributors">
          <h2 id="pengisi-title" style={{ marginTop: 0 }}>
            Pengisi per aspek
          </h2>
          <p className="muted small">
            Diisi bersama tim. <Link href={`/asesmen/${assessment.id}/tim`}>Lihat tim dan tugasnya</Link>
          </p>
          <ul className="contributors">
            {model.contributors.map((c) => (
              <li key={c.aspectId}>
                <strong>
                  {c.aspectId} {score.aspects.find((x) => x.id === c.aspectId)?.name}
                </strong>
                : {c.contributors.length ? c.contributors.map((p) => `${p.name} (${p.answers} butir)`).join(', ') : 'belum ada jawaban'}
              </li>
            ))}
          </ul>
        </section>
      )}

      <BalksTable balks={score.balks} />

      <NextGrade next={next} onOpenGap={openGap} />

      <GapList
        assessmentId={assessment.id}
        gaps={gaps}
        aspects={score.aspects.map((x) => ({ id: x.id, name: x.name }))}
        actions={snapshot.actions}
        filter={filter}
        onFilter={setFilter}
        reveal={target}
      />

      <ActionList assessmentId={assessment.id} actions={snapshot.actions} gapIds={new Set(gaps.map((g) => g.itemId))} today={localToday()} onOpenGap={openGap} />

      <section className="card" aria-labelledby="sdm-title">
        <h2 id="sdm-title" style={{ marginTop: 0 }}>
          Indikator SDM
        </h2>
        <p className="muted">
          Dihitung dari data SDM dan jumlah penerima manfaat di profil lembaga. <Link href={`/asesmen/${assessment.id}/sdm`}>Buka data SDM</Link>
        </p>
        <details>
          <summary>Lihat {indicatorList(indicators).length} indikator dan rumusnya</summary>
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Tabel indikator SDM">
          <table data-testid="indicators" className="compact">
            <thead>
              <tr>
                <th scope="col">Indikator</th>
                <th scope="col" className="num">
                  Nilai
                </th>
              </tr>
            </thead>
            <tbody>
              {indicatorList(indicators).map((ind) => (
                <tr key={ind.id}>
                  <th scope="row" style={{ fontWeight: 400 }}>
                    {ind.label}
                    <div className="muted small">{ind.value === null ? ind.unavailableReason : ind.formula}</div>
                  </th>
                  <td className="num">{formatIndicatorValue(ind.value, ind.unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        </details>
        {indicators.missingUnsur.length > 0 && <p>Unsur yang belum ada: {indicators.missingUnsur.join(', ')}.</p>}
        {indicators.withinRatio === false && <p className="error">Rasio penerima manfaat per tenaga profesional melebihi 1 : 10.</p>}
      </section>

      {earlier === null ? (
        <p className="muted small" data-testid="no-comparison">
          Perbandingan dengan asesmen sebelumnya muncul mulai asesmen kedua lembaga ini.
        </p>
      ) : comparison && !comparison.ok ? (
        <section className="card warn">
          <h2 style={{ marginTop: 0 }}>Perbandingan dengan asesmen sebelumnya</h2>
          <p>{comparison.message}</p>
        </section>
      ) : comparison && comparison.ok ? (
        <Comparison comparison={comparison.comparison} earlier={comparison.earlier} later={snapshot} />
      ) : null}

      <p className="actions">
        <Link href={`/laporan/${assessment.id}`} className="button secondary">
          Buat laporan PDF
        </Link>
      </p>
    </div>
  );
}
